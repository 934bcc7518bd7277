package dev.runlens.cli;

import dev.runlens.protocol.integrity.BundleError;
import dev.runlens.protocol.integrity.Finding;
import dev.runlens.protocol.integrity.VerificationReport;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** The {@code verify --json} line: a contract other tools script against; fields are only ever added. */
final class ReportJson {
    private ReportJson() {}

    static String line(VerificationReport r) {
        LinkedHashMap<String, JsonValue> o = new LinkedHashMap<>();
        o.put("file", str(r.file()));
        o.put("fileSha256", str(r.fileSha256()));
        o.put("bytes", new JsonValue.Num(r.bytes()));
        o.put("accepted", JsonValue.Bool.of(r.accepted()));
        o.put("error", error(r.error()));
        o.put("integrity", str(r.integrity().label()));
        o.put("declaredSha256", str(r.declaredSha256()));
        o.put("computedSha256", str(r.computedSha256()));
        o.put("rawSha256", str(r.rawSha256()));
        LinkedHashMap<String, JsonValue> strict = new LinkedHashMap<>();
        strict.put("ok", JsonValue.Bool.of(r.strictOk()));
        List<JsonValue> findings = new ArrayList<>();
        for (Finding f : r.findings()) findings.add(finding(f));
        strict.put("findings", new JsonValue.Arr(findings));
        o.put("strict", new JsonValue.Obj(strict));
        return CanonicalJson.toString(new JsonValue.Obj(o), CanonicalJson.Form.AS_WRITTEN);
    }

    private static JsonValue error(BundleError e) {
        if (e == null) return JsonValue.Null.INSTANCE;
        LinkedHashMap<String, JsonValue> o = new LinkedHashMap<>();
        o.put("code", str(e.code()));
        o.put("message", str(e.message()));
        o.put("path", str(e.path()));
        return new JsonValue.Obj(o);
    }

    private static JsonValue finding(Finding f) {
        LinkedHashMap<String, JsonValue> o = new LinkedHashMap<>();
        o.put("code", str(f.code()));
        o.put("severity", str(f.severity().label()));
        o.put("message", str(f.message()));
        o.put("path", str(f.path()));
        o.put("location", str(f.location()));
        return new JsonValue.Obj(o);
    }

    private static JsonValue str(String s) {
        return s == null ? JsonValue.Null.INSTANCE : new JsonValue.Str(s);
    }
}
