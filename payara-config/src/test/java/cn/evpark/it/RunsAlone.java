package cn.evpark.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that runs while no other in-container class does, after those that bear company (the
 * failsafe executions {@code together} and {@code alone} in this module's POM): it loads the
 * machine itself (NightlyCrashIT seeds 8,000 stations on two instances: a pile's billing-model
 * answer on a platform beside it took over 30 s), or it asserts what a loaded machine makes late
 * (PileSessionsIT's 3 s idle timeout against the simulator's heartbeats, SettlementCrashIT's kill
 * and restart while a pile sends).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("alone")
public @interface RunsAlone {}
