package dev.runlens.cli;

import dev.runlens.audit.AuditFinding;
import dev.runlens.protocol.json.JsonValue;

import java.util.List;

/** Audit findings as JSON: code, severity, message, path, location, explanation and where they point. */
final class FindingsJson {
    private FindingsJson() {}

    static JsonValue of(List<AuditFinding> findings) {
        return Json.arr(findings, f -> {
            Json.Obj target = Json.obj();
            f.target().eventIndex().ifPresent(i -> target.put("eventIndex", i));
            f.target().eventId().ifPresent(id -> target.put("eventId", id));
            f.target().stepId().ifPresent(id -> target.put("stepId", id));
            f.target().artifactKey().ifPresent(k -> target.put("artifactKey", k));
            f.target().artifactVersion().ifPresent(v -> target.put("artifactVersion", v));
            return Json.obj().put("code", f.code()).put("group", f.group().name().toLowerCase(java.util.Locale.ROOT))
                    .put("severity", f.severity().label()).put("message", f.message()).put("path", f.path())
                    .put("location", f.location()).put("target", target).put("explanation", f.explanation()).build();
        });
    }
}
