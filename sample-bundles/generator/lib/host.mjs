// A tiny "host application" around one WorkbenchSession: it runs steps inside
// spans, simulates provider-shaped model calls and tool calls, writes
// artifacts and resolves gates, letting virtual time pass between actions.
// Everything goes through the runtime's public API.
import { costFor, estimateTokens, modelInfo } from "./models.mjs";

const sequentialTask = (clock) => ({ wait: async (ms) => clock.advance(ms) });

export class RunHost {
  constructor({ runtime, runId, clock, rng, sched, workflowId, detail = "full" }) {
    this.runtime = runtime;
    this.runId = runId;
    this.clock = clock;
    this.rng = rng;
    this.sched = sched;
    this.workflowId = workflowId;
    this.detail = detail;
    this.seqTask = sequentialTask(clock);
  }

  get s() { return this.runtime.session(this.runId); }

  /** sequential pause (outside parallel branches) */
  async wait(ms) { this.clock.advance(ms); }

  async parallel(fns) { return this.sched.parallel(fns); }

  /**
   * Run one workflow step: step_started, a step span, the body, span end,
   * step_completed. `task` is a scheduler task (parallel branch) or null.
   */
  async step(stepId, { task = null, kind = "mechanical", taskName = "process", attrs = {} } = {}, body) {
    const t = task ?? this.seqTask;
    const r = this.s.beginStep(stepId);
    if (!r.ok) throw new Error(`cannot start ${stepId}: ${JSON.stringify(r.reason)}`);
    await t.wait(this.rng.int(4, 20));
    const span = this.s.beginSpan({
      name: `step.${stepId}`,
      kind: "internal",
      stepId,
      attributes: { "lwb.workflow.id": this.workflowId, "lwb.step.kind": kind, "lwb.step.task": taskName, ...attrs },
    });
    const ctx = new StepCtx(this, t, stepId, span.spanId);
    const out = await body(ctx);
    await t.wait(this.rng.int(3, 25));
    span.end({ status: "ok", attributes: ctx.endAttributes() });
    await t.wait(this.rng.int(2, 30));
    this.s.completeStep(stepId);
    await t.wait(this.rng.int(20, 160));
    return out;
  }

  /** Replay a step in a fork without doing the work again (artifacts inherited). */
  async replayStep(stepId, note, task = null) {
    const t = task ?? this.seqTask;
    const r = this.s.beginStep(stepId);
    if (!r.ok) throw new Error(`cannot start ${stepId}: ${JSON.stringify(r.reason)}`);
    await t.wait(this.rng.int(2, 8));
    const span = this.s.beginSpan({
      name: `step.${stepId}`, kind: "internal", stepId,
      attributes: { "lwb.workflow.id": this.workflowId, "lwb.step.replayed": true, "lwb.replay.note": note },
    });
    await t.wait(this.rng.int(1, 6));
    span.end({ status: "ok" });
    this.s.completeStep(stepId);
    await t.wait(this.rng.int(5, 30));
  }

  /** Work attributed to an already finished step (e.g. rework after a rejected review). */
  async rework(stepId, reason, body) {
    const span = this.s.beginSpan({
      name: `rework.${stepId}`, kind: "internal", stepId,
      attributes: { "lwb.workflow.id": this.workflowId, "lwb.rework.reason": reason },
    });
    const ctx = new StepCtx(this, this.seqTask, stepId, span.spanId);
    const out = await body(ctx);
    await this.wait(this.rng.int(3, 25));
    span.end({ status: "ok", attributes: ctx.endAttributes() });
    return out;
  }

  // ---- gates -------------------------------------------------------------

  request(stepId, gate, reason) { this.s.requestGate({ stepId, gate, reason }); }
  resolve(stepId, gate, decision, note) { this.s.resolveGate({ stepId, gate, decision, note }); }
  checkpoint(stepId, checkpointId, decision) { this.s.resolveCheckpoint({ stepId, checkpointId, decision }); }

  patch(artifactKey, patch, idempotencyKey) {
    return this.s.patchArtifact({ artifactKey, patch, idempotencyKey });
  }

  annotate(text, tags) { this.s.annotate({ text, tags }); }
}

export class StepCtx {
  constructor(host, task, stepId, spanId) {
    this.host = host;
    this.task = task;
    this.stepId = stepId;
    this.spanId = spanId;
    this.stats = { modelCalls: 0, toolCalls: 0, artifacts: 0 };
  }
  get s() { return this.host.s; }
  get rng() { return this.host.rng; }
  wait(ms) { return this.task.wait(ms); }

  endAttributes() {
    const a = {};
    if (this.stats.modelCalls) a["lwb.model_calls"] = this.stats.modelCalls;
    if (this.stats.toolCalls) a["lwb.tool_calls"] = this.stats.toolCalls;
    if (this.stats.artifacts) a["lwb.artifacts.written"] = this.stats.artifacts;
    return Object.keys(a).length ? a : undefined;
  }

  async tool(name, args, result, { latency = [40, 400], fail = null } = {}) {
    this.stats.toolCalls++;
    const span = this.s.beginSpan({
      name: `tool.${name}`, kind: "client", stepId: this.stepId, parentSpanId: this.spanId,
      attributes: { "gen_ai.tool.name": name },
    });
    await this.wait(this.rng.int(latency[0], latency[1]));
    this.s.logToolCall({ stepId: this.stepId, name, args, result });
    if (fail) span.end({ status: "error", error: fail });
    else span.end({ status: "ok" });
    await this.wait(this.rng.int(2, 15));
    return result;
  }

  async write(artifactKey, typeId, data, { hashed = true, routing = undefined, contentType = "application/json", idempotencyKey } = {}) {
    this.stats.artifacts++;
    let art;
    if (hashed) {
      art = await this.s.writeArtifactAsync({ artifactKey, typeId, data, routing, contentType, idempotencyKey });
    } else {
      art = this.s.writeArtifact({ artifactKey, typeId, data, idempotencyKey });
    }
    await this.wait(this.rng.int(3, 20));
    return art;
  }

  /**
   * Simulated model call. Logs span(chat), model_io request, optional
   * stream_chunk events, model_io response with usage/cost/durationMs and a
   * provider-shaped payload, then closes the span.
   */
  async llm(opts) {
    const {
      model, purpose, system, user, output,
      hiddenTokens = 0, cachedTokens = 0, reasoningTokens = 0,
      temperature = 0.2, maxTokens = 2048, json = typeof output !== "string",
      stream = false, detail = this.host.detail, attempt = 1, failFirst = null,
    } = opts;
    const info = modelInfo(model);
    const rng = this.rng;
    const text = typeof output === "string" ? output : JSON.stringify(output, null, 2);
    const inputTokens = estimateTokens(system) + estimateTokens(user) + hiddenTokens + 9;
    const cached = Math.min(cachedTokens, inputTokens);
    const visibleOut = estimateTokens(text);
    const outputTokens = visibleOut + reasoningTokens;
    const usage = { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens };
    if (info.provider !== "mistral") usage.cachedInputTokens = cached;
    if (reasoningTokens) usage.reasoningTokens = reasoningTokens;

    if (failFirst) {
      // a failed first attempt: span with error status, no response
      await this._attempt({ model, info, purpose, system, user, temperature, maxTokens, json, attempt, detail, failure: failFirst });
      await this.wait(failFirst.backoffMs ?? 2000);
    }
    return this._attempt({
      model, info, purpose, system, user, temperature, maxTokens, json, detail, text, usage, stream,
      attempt: failFirst ? attempt + 1 : attempt, output,
    });
  }

  async _attempt({ model, info, purpose, system, user, temperature, maxTokens, json, detail, attempt, failure, text, usage, stream, output }) {
    const rng = this.rng;
    const correlationId = crypto.randomUUID();
    this.stats.modelCalls++;
    const span = this.s.beginSpan({
      name: `chat ${model}`, kind: "client", stepId: this.stepId, parentSpanId: this.spanId, correlationId,
      attributes: {
        "gen_ai.system": info.provider,
        "gen_ai.operation.name": "chat",
        "gen_ai.request.model": model,
        "gen_ai.request.temperature": temperature,
        "gen_ai.request.max_tokens": maxTokens,
        "lwb.call.purpose": purpose,
        "lwb.call.attempt": attempt,
      },
    });
    const reqPayload = buildRequest(info.provider, { model, info, system, user, temperature, maxTokens, json, stream });
    this.s.logModelIO({
      stepId: this.stepId, correlationId, direction: "request", provider: info.provider, model,
      summary: truncate(user, 200), payload: reqPayload, detail,
    });
    const started = this.host.clock.ms;
    if (failure) {
      await this.wait(rng.int(200, 1200));
      span.end({ status: "error", error: { message: failure.message, code: failure.code } });
      return null;
    }
    const frontier = info.tier === "frontier";
    const ttfb = rng.int(frontier ? 450 : 180, frontier ? 1400 : 650) + (usage.reasoningTokens ?? 0) * 6;
    const perTok = frontier ? rng.float(18, 32) : rng.float(5, 11);
    const totalMs = Math.round(ttfb + (usage.outputTokens - (usage.reasoningTokens ?? 0)) * perTok);
    if (stream) {
      const pieces = splitForStream(text, 3);
      await this.wait(ttfb);
      const step = Math.max(1, Math.round((totalMs - ttfb) / pieces.length));
      for (let i = 0; i < pieces.length; i++) {
        this.s.logModelIO({
          stepId: this.stepId, correlationId, direction: "stream_chunk", provider: info.provider, model,
          summary: `chunk ${i + 1}/${pieces.length}`,
          payload: buildChunk(info.provider, { model, piece: pieces[i], index: i, rng, clock: this.host.clock }),
          detail,
        });
        await this.wait(step);
      }
    } else {
      await this.wait(totalMs);
    }
    const durationMs = this.host.clock.ms - started;
    const cost = costFor(model, this.host.clock.iso(), usage);
    const respPayload = buildResponse(info.provider, { model, info, text, usage, rng, clock: this.host.clock });
    this.s.logModelIO({
      stepId: this.stepId, correlationId, direction: "response", provider: info.provider, model,
      usage, cost, durationMs, summary: truncate(text, 200), payload: respPayload, detail,
    });
    await this.wait(rng.int(1, 6));
    span.end({
      status: "ok",
      attributes: {
        "gen_ai.response.model": respPayload.model ?? respPayload.modelVersion ?? model,
        "gen_ai.usage.input_tokens": usage.inputTokens,
        "gen_ai.usage.output_tokens": usage.outputTokens,
        "gen_ai.response.finish_reasons": [info.provider === "anthropic" ? "end_turn" : info.provider === "google" ? "STOP" : "stop"],
      },
    });
    return output;
  }
}

export function truncate(s, n) {
  return s.length <= n ? s : s.slice(0, n - 1) + "…";
}

function splitForStream(text, n) {
  const out = [];
  const size = Math.ceil(text.length / n);
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

const safeFilter = () => ({
  hate: { filtered: false, severity: "safe" },
  self_harm: { filtered: false, severity: "safe" },
  sexual: { filtered: false, severity: "safe" },
  violence: { filtered: false, severity: "safe" },
});

function buildRequest(provider, { model, info, system, user, temperature, maxTokens, json, stream }) {
  if (provider === "anthropic") {
    const p = {
      model, max_tokens: maxTokens,
      system: [{ type: "text", text: system, cache_control: { type: "ephemeral" } }],
      messages: [{ role: "user", content: [{ type: "text", text: user }] }],
      temperature,
    };
    if (stream) p.stream = true;
    return p;
  }
  if (provider === "google") {
    const p = {
      contents: [{ role: "user", parts: [{ text: user }] }],
      systemInstruction: { parts: [{ text: system }] },
      generationConfig: { temperature, maxOutputTokens: maxTokens },
    };
    if (json) p.generationConfig.responseMimeType = "application/json";
    return p;
  }
  // openai, azure-openai and mistral share the chat-completions shape
  const p = {
    model: provider === "azure-openai" ? info.deployment : model,
    messages: [{ role: "system", content: system }, { role: "user", content: user }],
  };
  if (model.startsWith("o4")) p.reasoning_effort = "medium";
  else p.temperature = temperature;
  if (provider === "mistral") p.max_tokens = maxTokens;
  else p.max_completion_tokens = maxTokens;
  if (json) p.response_format = { type: "json_object" };
  if (stream) { p.stream = true; if (provider !== "mistral") p.stream_options = { include_usage: true }; }
  return p;
}

function buildChunk(provider, { model, piece, index, rng, clock }) {
  if (provider === "anthropic") {
    return { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: piece } };
  }
  if (provider === "google") {
    return { candidates: [{ content: { role: "model", parts: [{ text: piece }] }, index: 0 }], modelVersion: model };
  }
  return {
    object: "chat.completion.chunk",
    created: Math.floor(clock.ms / 1000),
    model,
    choices: [{ index: 0, delta: index === 0 ? { role: "assistant", content: piece } : { content: piece }, finish_reason: null }],
  };
}

function buildResponse(provider, { model, info, text, usage, rng, clock }) {
  const created = Math.floor(clock.ms / 1000);
  const cached = usage.cachedInputTokens ?? 0;
  const reasoning = usage.reasoningTokens ?? 0;
  if (provider === "anthropic") {
    return {
      id: `msg_01${rng.str(22)}`,
      type: "message",
      role: "assistant",
      model,
      content: [{ type: "text", text }],
      stop_reason: "end_turn",
      stop_sequence: null,
      usage: {
        input_tokens: usage.inputTokens - cached,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: cached,
        output_tokens: usage.outputTokens,
        service_tier: "standard",
      },
    };
  }
  if (provider === "google") {
    const um = {
      promptTokenCount: usage.inputTokens,
      candidatesTokenCount: usage.outputTokens - reasoning,
      totalTokenCount: usage.totalTokens,
      promptTokensDetails: [{ modality: "TEXT", tokenCount: usage.inputTokens }],
    };
    if (cached) um.cachedContentTokenCount = cached;
    if (reasoning) um.thoughtsTokenCount = reasoning;
    return {
      candidates: [{ content: { role: "model", parts: [{ text }] }, finishReason: "STOP", index: 0 }],
      usageMetadata: um,
      modelVersion: model,
      responseId: rng.str(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
    };
  }
  if (provider === "mistral") {
    return {
      id: rng.hex(32),
      object: "chat.completion",
      created,
      model,
      choices: [{ index: 0, message: { role: "assistant", content: text, tool_calls: null, prefix: false }, finish_reason: "stop" }],
      usage: { prompt_tokens: usage.inputTokens, completion_tokens: usage.outputTokens, total_tokens: usage.totalTokens },
    };
  }
  const body = {
    id: `chatcmpl-${rng.str(29)}`,
    object: "chat.completion",
    created,
    model: provider === "azure-openai" ? `${model}-2025-04-14` : model,
    choices: [{
      index: 0,
      message: { role: "assistant", content: text, refusal: null, annotations: [] },
      logprobs: null,
      finish_reason: "stop",
    }],
    usage: {
      prompt_tokens: usage.inputTokens,
      completion_tokens: usage.outputTokens,
      total_tokens: usage.totalTokens,
      prompt_tokens_details: { cached_tokens: cached, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: reasoning, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
    },
    system_fingerprint: `fp_${rng.hex(10)}`,
  };
  if (provider === "azure-openai") {
    body.choices[0].content_filter_results = safeFilter();
    body.prompt_filter_results = [{ prompt_index: 0, content_filter_results: safeFilter() }];
  } else {
    body.service_tier = "default";
  }
  return body;
}
