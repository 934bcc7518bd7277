package dev.runlens.graph.layout;

import org.eclipse.elk.core.util.BasicProgressMonitor;

/**
 * ELK's progress monitor over a {@link LayoutMonitor}: every sub-task polls the same cancel
 * question, and the top task's completed work becomes the reported fraction.
 */
final class ElkMonitor extends BasicProgressMonitor {
    private final LayoutMonitor target;
    private final double[] done;

    ElkMonitor(LayoutMonitor target) {
        this(target, new double[1], -1);
    }

    private ElkMonitor(LayoutMonitor target, double[] done, int levels) {
        super(levels);
        this.target = target;
        this.done = done;
    }

    @Override
    public boolean isCanceled() {
        return target.isCancelled();
    }

    @Override
    protected void doBegin(String name, float totalWork, boolean topInstance, int maxLevels) {
        target.progress(name, done[0]);
    }

    @Override
    protected void doWorked(float completed, float total, boolean topInstance) {
        if (topInstance && total > 0) done[0] = Math.min(1, completed / total);
    }

    @Override
    protected BasicProgressMonitor doSubTask(float work, int maxLevels) {
        return new ElkMonitor(target, done, maxLevels < 0 ? -1 : Math.max(0, maxLevels - 1));
    }
}
