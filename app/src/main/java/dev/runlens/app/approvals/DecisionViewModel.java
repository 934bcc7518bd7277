package dev.runlens.app.approvals;

import dev.runlens.app.decisions.SigningContext;
import dev.runlens.app.ui.PlainText;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.json.PrettyJson;
import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.codec.StrictJsonException;
import dev.runlens.signing.decision.DecisionRequest;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.decision.SigningRefusedException;
import dev.runlens.signing.keys.KeyFormatException;
import dev.runlens.signing.keys.KeyRing;
import dev.runlens.signing.keys.WrongPassphraseException;
import dev.runlens.workbench.GateDecisions;
import dev.runlens.workbench.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The decision dialog on one pending gate: the reviewer chooses the decision (for {@code edited}, an
 * RFC 6902 patch or the edited JSON of one reviewed artifact), a note, the key, principal and
 * audience; {@link #prepare()} drafts the exact Statement and shows it ({@link #previewProperty()})
 * before anything asks for a passphrase; {@link #sign(char[])} signs it with the passphrase, which
 * lives only in the array given and is wiped once the key was tried. A wrong passphrase is a clear
 * error and writes nothing. Drafting and signing (PBKDF2) run on the executor. Touches no control.
 */
public final class DecisionViewModel {
    /** Where the dialog is. */
    public enum Step { EDITING, DRAFTING, PREVIEW, SIGNING, SIGNED }

    /** How an edit is given. */
    public enum EditForm { EDITED_JSON, PATCH }

    public static final List<String> DECISIONS = List.copyOf(new java.util.TreeSet<>(DecisionStatement.DECISIONS));

    private final InboxRow row;
    private final Map<String, Optional<JsonValue>> bases;
    private final SigningContext context;
    private final TaskExecutor executor;
    private final Consumer<GateDecisions.Signed> onSigned;

    private final ObjectProperty<String> decision = new SimpleObjectProperty<>(this, "decision", "approved");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObjectProperty<KeyRing.KeyInfo> key = new SimpleObjectProperty<>(this, "key");
    private final StringProperty principal = new SimpleStringProperty(this, "principal", "");
    private final StringProperty audience = new SimpleStringProperty(this, "audience", "");
    private final StringProperty checkpointId = new SimpleStringProperty(this, "checkpointId", "");
    private final ObjectProperty<String> editArtifact = new SimpleObjectProperty<>(this, "editArtifact");
    private final ObjectProperty<EditForm> editForm = new SimpleObjectProperty<>(this, "editForm", EditForm.EDITED_JSON);
    private final StringProperty editText = new SimpleStringProperty(this, "editText", "");
    private final javafx.beans.property.BooleanProperty rememberAudience = new javafx.beans.property.SimpleBooleanProperty(this, "rememberAudience", true);
    private final boolean audienceConfigured;

    private final ObservableList<KeyRing.KeyInfo> keys = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.EDITING);
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyObjectWrapper<GateDecisions.Signed> signed = new ReadOnlyObjectWrapper<>(this, "signed");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private DecisionStatement drafted;

    /**
     * Exactly what will be signed, shown before the passphrase is asked for (plain texts).
     *
     * @param statement     the in-toto Statement, pretty-printed (it is signed in its RFC 8785 canonical form)
     * @param payloadDigest {@code sha256:} of the canonical bytes: the signed decision's entry digest
     */
    public record Preview(String statement, String subject, String keyId, String fingerprint, String principal, String summary,
                          String payloadDigest, int payloadBytes) {}

    DecisionViewModel(InboxRow row, Map<String, Optional<JsonValue>> bases, SigningContext context, TaskExecutor executor,
                      Consumer<GateDecisions.Signed> onSigned) {
        this.row = row;
        this.bases = Map.copyOf(bases);
        this.context = context;
        this.executor = executor;
        this.onSigned = onSigned;
        audience.set(context.audience().orElse(""));
        audienceConfigured = context.audience().isPresent();
        key.addListener((o, was, now) -> principal.set(now == null ? "" : now.principal().orElse("")));
        editArtifact.addListener((o, was, now) -> template());
        editForm.addListener((o, was, now) -> template());
        List<String> reviewed = row.gate().reviewed().stream().map(DecisionStatement.ReviewedArtifact::artifactKey).toList();
        if (!reviewed.isEmpty()) editArtifact.set(reviewed.get(0));
    }

    // ------------------------------------------------------------------ inputs

    public ObjectProperty<String> decisionProperty() { return decision; }
    public StringProperty noteProperty() { return note; }
    public ObjectProperty<KeyRing.KeyInfo> keyProperty() { return key; }
    /** Who signs; the chosen key's recorded principal, editable when it has none. */
    public StringProperty principalProperty() { return principal; }
    /** The deployment or tenant the decision is for (the configured one: {@code RUNLENS_AUDIENCE}, else the remembered setting). */
    public StringProperty audienceProperty() { return audience; }
    /** When no audience is configured: remember the one typed here once the decision is signed (the Trust screen edits it later). */
    public javafx.beans.property.BooleanProperty rememberAudienceProperty() { return rememberAudience; }
    /** Whether an audience was configured when the dialog opened (else the dialog asks and offers to remember it). */
    public boolean audienceConfigured() { return audienceConfigured; }
    /** For a CHECKPOINT gate answered with {@code resolveCheckpoint}: its checkpoint id (empty: {@code resolveGate}). */
    public StringProperty checkpointIdProperty() { return checkpointId; }
    public ObjectProperty<String> editArtifactProperty() { return editArtifact; }
    public ObjectProperty<EditForm> editFormProperty() { return editForm; }
    /** The edited JSON (starts as the reviewed version) or the patch. */
    public StringProperty editTextProperty() { return editText; }

    // ------------------------------------------------------------------ state

    public InboxRow row() { return row; }
    public ObservableList<KeyRing.KeyInfo> keys() { return FXCollections.unmodifiableObservableList(keys); }
    /** The reviewed artifacts an edit may change. */
    public List<String> editableArtifacts() {
        return row.gate().reviewed().stream().map(DecisionStatement.ReviewedArtifact::artifactKey).toList();
    }
    public boolean isCheckpoint() { return row.gate().gate().equals("CHECKPOINT"); }
    public ReadOnlyObjectProperty<Step> stepProperty() { return step.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Preview> previewProperty() { return preview.getReadOnlyProperty(); }
    /** The written decision, its log and the hand-back, once signed. */
    public ReadOnlyObjectProperty<GateDecisions.Signed> signedProperty() { return signed.getReadOnlyProperty(); }
    /** What went wrong last (plain); empty when nothing did. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** True while drafting, opening the key (PBKDF2, about a second) or signing. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    // ------------------------------------------------------------------ commands

    /** Lists the keys of the key folder; the first one is chosen. */
    public void loadKeys() {
        executor.submit(() -> context.decisions().listKeys(context.keys()), list -> {
            keys.setAll(list);
            if (key.get() == null && !list.isEmpty()) key.set(list.get(0));
            if (list.isEmpty()) error.set("No key in " + context.keys() + ": create one in the Keys workspace first.");
        }, e -> error.set("Cannot list the keys: " + PlainText.of(String.valueOf(e.getMessage()))));
    }

    /** Drafts the Statement from the inputs (nothing is signed); shows it, or says what is missing. */
    public void prepare() {
        if (step.get() != Step.EDITING) return;
        error.set("");
        Optional<String> missing = missing();
        if (missing.isPresent()) {
            error.set(missing.get());
            return;
        }
        Optional<DecisionRequest.EditRequest> edit;
        try {
            edit = edit();
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        KeyRing.KeyInfo k = key.get();
        GateDecisions.SignRequest request = request();
        step.set(Step.DRAFTING);
        busy.set(true);
        executor.submit(() -> context.decisions().draft(request, edit, context.keys(), k.name()), st -> {
            busy.set(false);
            drafted = st;
            preview.set(preview(st, k));
            step.set(Step.PREVIEW);
        }, e -> {
            busy.set(false);
            step.set(Step.EDITING);
            error.set((e instanceof SigningRefusedException ? "Refused: " : "Cannot draft the decision: ") + PlainText.of(String.valueOf(e.getMessage())));
        });
    }

    /** Back from the preview to change the decision (the draft is dropped). */
    public void back() {
        if (step.get() != Step.PREVIEW) return;
        drafted = null;
        preview.set(null);
        error.set("");
        step.set(Step.EDITING);
    }

    /**
     * Signs the previewed Statement. {@code passphrase} is wiped once the key was tried, whatever
     * happens; on a wrong passphrase nothing is written and the preview stays for another try.
     */
    public void sign(char[] passphrase) {
        if (step.get() != Step.PREVIEW || drafted == null || passphrase.length == 0) {
            Arrays.fill(passphrase, '\0');
            if (step.get() == Step.PREVIEW) error.set("Enter the passphrase of key " + key.get().name() + ".");
            return;
        }
        DecisionStatement st = drafted;
        String keyName = key.get().name();
        error.set("");
        step.set(Step.SIGNING);
        busy.set(true);
        executor.submit(() -> {
            try {
                return context.decisions().sign(st, context.keys(), keyName, passphrase, context.decisionsFolder());
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }, s -> {
            busy.set(false);
            signed.set(s);
            step.set(Step.SIGNED);
            onSigned.accept(s);
            if (!audienceConfigured && rememberAudience.get()) remember(s.decision().statement().predicate().audience());
        }, e -> {
            Arrays.fill(passphrase, '\0');
            busy.set(false);
            step.set(Step.PREVIEW);
            error.set(signingError(e, keyName));
        });
    }

    /** Saves {@code value} as the audience setting (on the executor) and hands it to the context. */
    private void remember(String value) {
        dev.runlens.workbench.SigningSettings next = context.settingsProperty().get().withAudience(Optional.of(value));
        executor.submit(() -> {
            next.save(context.settingsFile());
            return next;
        }, context::apply, e -> error.set("Signed, but the audience could not be remembered: " + PlainText.of(String.valueOf(e.getMessage()))));
    }

    private static String signingError(Throwable e, String keyName) {
        String why = PlainText.of(String.valueOf(e.getMessage()));
        if (e instanceof WrongPassphraseException) {
            return "Wrong passphrase for key " + keyName + ": it could not be decrypted. Nothing was signed or written.";
        }
        if (e instanceof KeyFormatException) return "The key " + keyName + " cannot be used: " + why + " Nothing was written.";
        if (e instanceof SigningRefusedException) return "Refused: " + why;
        return "Cannot sign: " + why;
    }

    // ------------------------------------------------------------------ helpers

    private Optional<String> missing() {
        if (key.get() == null) return Optional.of("Choose the key to sign with.");
        if (principal.get().isBlank()) return Optional.of("Say who signs (the principal, e.g. alice@example.org): the key records none.");
        if (audience.get().isBlank()) return Optional.of("Say which deployment or tenant the decision is for (the audience).");
        if (decision.get() == null) return Optional.of("Choose the decision.");
        return Optional.empty();
    }

    private GateDecisions.SignRequest request() {
        Optional<String> noteText = Optional.of(note.get().strip()).filter(n -> !n.isEmpty());
        Optional<String> checkpoint = Optional.of(checkpointId.get().strip()).filter(c -> !c.isEmpty() && isCheckpoint());
        Optional<java.nio.file.Path> trust = Optional.of(context.trustList()).filter(Files::isRegularFile);
        return new GateDecisions.SignRequest(row.original(), row.gate().stepId(), row.gate().gate(), decision.get(), noteText, checkpoint,
                Optional.empty(), Optional.empty(), audience.get().strip(), Optional.of(principal.get().strip()), trust,
                context.decisionsFolder());
    }

    /** The edit of an {@code edited} decision, from the edited JSON or the patch. */
    private Optional<DecisionRequest.EditRequest> edit() {
        if (!"edited".equals(decision.get())) return Optional.empty();
        String artifact = editArtifact.get();
        if (artifact == null) throw new IllegalArgumentException("Choose the reviewed artifact the edit changes.");
        JsonValue parsed;
        try {
            parsed = StrictJson.parse(editText.get().getBytes(StandardCharsets.UTF_8));
        } catch (StrictJsonException e) {
            throw new IllegalArgumentException((editForm.get() == EditForm.PATCH ? "The patch" : "The edited JSON") + " is not valid JSON: "
                    + PlainText.of(e.getMessage()));
        }
        if (editForm.get() == EditForm.PATCH) {
            if (!(parsed instanceof JsonValue.Arr ops) || ops.items().isEmpty())
                throw new IllegalArgumentException("An RFC 6902 patch is a non-empty JSON array of operations.");
            return Optional.of(new DecisionRequest.EditRequest(artifact, ops));
        }
        JsonValue base = bases.getOrDefault(artifact, Optional.empty()).orElseThrow(() ->
                new IllegalArgumentException("The reviewed version of " + PlainText.of(artifact) + " has no inline data: write a patch."));
        JsonValue.Arr patch = GateDecisions.patchBetween(base, parsed);
        if (patch.items().isEmpty()) throw new IllegalArgumentException("The edited JSON is the reviewed version: nothing was edited.");
        return Optional.of(new DecisionRequest.EditRequest(artifact, patch));
    }

    /** Puts the reviewed version's JSON (or an empty patch) in the edit box. */
    private void template() {
        String artifact = editArtifact.get();
        if (editForm.get() == EditForm.PATCH) {
            editText.set("[\n  {\"op\": \"replace\", \"path\": \"/\", \"value\": null}\n]");
            return;
        }
        Optional<JsonValue> base = artifact == null ? Optional.empty() : bases.getOrDefault(artifact, Optional.empty());
        String pretty = base.map(PrettyJson::of).orElse("");
        // escapes PlainText adds (\\uXXXX for controls and bidi marks) are JSON escapes of the same characters
        editText.set(pretty.length() > PlainText.MAX_BLOCK_CHARS ? "" : PlainText.block(pretty));
    }

    private Preview preview(DecisionStatement st, KeyRing.KeyInfo k) {
        JsonValue json = dev.runlens.signing.decision.StatementJson.toJson(st);
        byte[] canonical = StrictJson.canonical(json);
        DecisionStatement.Predicate p = st.predicate();
        String summary = p.decision() + " · " + p.gate().stepId() + " " + p.gate().gate() + p.note().map(n -> " · \"" + n + "\"").orElse("")
                + " · audience " + p.audience();
        return new Preview(PlainText.block(PrettyJson.of(json)), PlainText.of(st.subjectName() + "  sha256:" + st.subjectSha256()),
                p.reviewer().keyid(), k.fingerprint(), PlainText.of(p.reviewer().principal()), PlainText.of(summary),
                dev.runlens.signing.codec.Digests.prefixed(canonical), canonical.length);
    }
}
