package dev.runlens.replay.receipt;

import dev.runlens.protocol.model.ModelIo;
import dev.runlens.protocol.model.ToolCall;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** A receipt being assembled while the trace is read. */
final class Draft {
    final ModelIo request;
    ModelIo response;
    Pairing pairing;
    final List<ModelIo> chunks = new ArrayList<>();
    final List<ToolCall> traced = new ArrayList<>();

    Draft(ModelIo request, ModelIo response, Pairing pairing) {
        this.request = request;
        this.response = response;
        this.pairing = pairing;
    }

    int order() {
        return request != null ? request.index() : response != null ? response.index() : chunks.get(0).index();
    }

    int responseOrder() {
        return response == null ? Integer.MAX_VALUE : response.index();
    }

    Receipt build() {
        Optional<ModelIo> req = Optional.ofNullable(request);
        Optional<ModelIo> res = Optional.ofNullable(response);
        Optional<ModelIo> any = res.or(() -> req).or(() -> chunks.stream().findFirst());
        String streamed = streamed();
        List<ToolUse> tools = new ArrayList<>(res.flatMap(ModelIo::payload).map(RequestedTools::of).orElse(List.of()));
        for (ToolCall t : traced) merge(tools, t);
        return new Receipt(any.flatMap(ModelIo::correlationId), any.flatMap(ModelIo::stepId), pairing, req, res,
                chunks, res.flatMap(ModelIo::provider).or(() -> req.flatMap(ModelIo::provider)),
                res.flatMap(ModelIo::model).or(() -> req.flatMap(ModelIo::model)),
                res.flatMap(ModelIo::usage), res.flatMap(ModelIo::cost),
                res.map(ModelIo::durationMs).orElse(OptionalDouble.empty()),
                request == null ? List.of() : new OnFirstUse<>(() -> RequestText.of(request)), text(res, streamed, tools), streamed, tools);
    }

    private String streamed() {
        StringBuilder out = new StringBuilder();
        for (ModelIo c : chunks) {
            String t = c.payload().map(ResponseText::of).filter(s -> !s.isEmpty()).orElse(c.summary().orElse(""));
            out.append(t);
        }
        return out.toString();
    }

    private static String text(Optional<ModelIo> res, String streamed, List<ToolUse> tools) {
        String fromPayload = res.flatMap(ModelIo::payload).map(ResponseText::of).orElse("");
        if (!fromPayload.isEmpty()) return fromPayload;
        if (!streamed.isEmpty()) return streamed;
        String summary = res.flatMap(ModelIo::summary).orElse("");
        if (!summary.isEmpty() || !tools.isEmpty()) return summary;
        return res.flatMap(ModelIo::payload).map(Js::compact).orElse("");
    }

    /** A traced tool call completes the requested one of the same name, or stands on its own. */
    private static void merge(List<ToolUse> tools, ToolCall t) {
        for (int i = 0; i < tools.size(); i++) {
            ToolUse u = tools.get(i);
            if (u.event().isEmpty() && u.name().equals(t.name())) {
                tools.set(i, u.recordedBy(t));
                return;
            }
        }
        tools.add(ToolUse.of(t));
    }
}
