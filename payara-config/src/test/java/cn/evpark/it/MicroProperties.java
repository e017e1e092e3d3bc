package cn.evpark.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Configuration of the Payara Micro a test class runs against, as {@code key=value} MicroProfile
 * Config properties (passed as system properties), e.g. {@code "ykc.idle-timeout-seconds=3"}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MicroProperties {
  String[] value();
}
