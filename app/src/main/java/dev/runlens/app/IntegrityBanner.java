package dev.runlens.app;

import dev.runlens.app.ui.Styles;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The verdict in big text, coloured by a verdict style class, with the file and a short why. */
final class IntegrityBanner extends VBox {
    static final String HEADLINE_ID = "banner-headline";
    static final String EXPLANATION_ID = "banner-explanation";

    private final Label headline = label(Styles.BANNER_HEADLINE);
    private final Label file = label(Styles.BANNER_FILE);
    private final Label explanation = label(Styles.BANNER_EXPLANATION);
    private final Label evidence = label(Styles.BANNER_EVIDENCE);
    private final Label strict = label(Styles.BANNER_STRICT);

    IntegrityBanner(ObservableValue<Banner> banner) {
        getStyleClass().add(Styles.BANNER);
        headline.setId(HEADLINE_ID);
        explanation.setId(EXPLANATION_ID);
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        evidence.getStyleClass().add(Styles.HASH);
        evidence.setMinHeight(Region.USE_PREF_SIZE);
        HBox top = new HBox(16, headline, file);
        top.setAlignment(Pos.BASELINE_LEFT);
        getChildren().addAll(top, explanation, evidence, strict);
        banner.subscribe(this::show);
    }

    private void show(Banner b) {
        headline.setText(b.headline());
        file.setText(b.fileName());
        explanation.setText(b.explanation());
        evidence.setText(b.evidence());
        evidence.setManaged(!b.evidence().isEmpty());
        strict.setText(b.strictSummary());
        strict.setManaged(!b.strictSummary().isEmpty());
        Styles.replace(this, b.verdict().styleClass(), Styles.VERDICTS);
        Styles.replace(this, b.caution() ? Styles.BANNER_CAUTION : null, java.util.List.of(Styles.BANNER_CAUTION));
        Styles.replace(strict, b.strictOk() ? Styles.STRICT_OK : Styles.STRICT_FAILED, Styles.STRICTNESS);
    }

    private static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        return l;
    }
}
