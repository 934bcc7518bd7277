package dev.runlens.audit;

/** One group of checks over a bundle model. */
interface Check {
    void run(AuditContext ctx, Findings out);
}
