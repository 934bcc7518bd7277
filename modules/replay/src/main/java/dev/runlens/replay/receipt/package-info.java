/**
 * Model-call receipts: {@code model_io} request, stream chunks and response paired by
 * {@code correlationId} (by step and order when absent), with usage, cost, duration, the request
 * messages and response text extracted for display from whatever payload shape the host logged
 * (OpenAI / Azure / Mistral chat, Anthropic messages, Gemini, AI SDK results, plain strings, or
 * only the {@code summary} the AI SDK adapter writes), and the tool calls.
 */
package dev.runlens.replay.receipt;
