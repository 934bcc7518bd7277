package dev.runlens.replay.bench;

import dev.runlens.protocol.model.RunBundle;
import dev.runlens.replay.Replay;
import dev.runlens.replay.RunState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Jumping around a 200,000-event trace after load: {@code jump} to uniformly random positions,
 * {@code jumpNearEnd} to the last 1 % (every entity present), {@code step} one event forward;
 * {@code load} is {@link Replay#of} itself.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ReplayBench {
    @Param("200000")
    public int events;

    @Param("20")
    public int callsPerStep;

    private RunBundle bundle;
    private Replay replay;
    private int[] positions;
    private int[] late;
    private int next;
    private int cursor;

    @Setup(Level.Trial)
    public void load() {
        bundle = SyntheticRun.of(events, callsPerStep);
        replay = Replay.of(bundle);
        Random r = new Random(42);
        positions = r.ints(4096, 0, events + 1).toArray();
        late = r.ints(4096, events - events / 100, events + 1).toArray();
    }

    @Benchmark
    public RunState jump() {
        return replay.stateAt(positions[next++ & 4095]);
    }

    @Benchmark
    public RunState jumpNearEnd() {
        return replay.stateAt(late[next++ & 4095]);
    }

    @Benchmark
    public RunState step() {
        cursor = cursor == events ? 0 : cursor + 1;
        return replay.stateAt(cursor);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public Replay loadReplay() {
        return Replay.of(bundle);
    }
}
