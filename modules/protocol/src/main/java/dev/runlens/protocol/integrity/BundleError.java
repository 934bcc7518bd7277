package dev.runlens.protocol.integrity;

/**
 * Why a file is not an acceptable run bundle.
 *
 * @param code    the runtime's code ({@code INVALID_JSON}, {@code INVALID_RUN_BUNDLE},
 *                {@code UNSUPPORTED_PROTOCOL_VERSION}) or RunLens' own ({@code LIMIT_EXCEEDED},
 *                {@code REFERENCE_STACK_OVERFLOW}, {@code IO_ERROR})
 * @param message what is wrong, naming the place
 * @param path    JSON path of the first problem ({@code trace[52].type}), {@code line:column} for
 *                syntax errors, or empty
 */
public record BundleError(String code, String message, String path) {}
