#!/usr/bin/env bash
# Prepares a stopped WildFly 38 (Jakarta EE 10, standalone.xml) for ear/target/evpark.ear, once:
# EclipseLink as the JPA provider, the datasource java:/jdbc/evpark on MySQL Connector/J, the batch
# job repository in the same database, MicroProfile Health and OpenAPI, Jakarta Security for the
# application's own login, and the platform's settings as system properties. Health answers on the
# management interface (port 9990), without its login. WildFly 38 has no MicroProfile Metrics.
#
#   WILDFLY_HOME      the unpacked server (wildfly-38.0.1.Final)
#   ECLIPSELINK_JAR   eclipselink-4.0.8.jar (org.eclipse.persistence:eclipselink:4.0.8)
#   JDBC_DRIVER_JAR   mysql-connector-j-9.5.0.jar (com.mysql:mysql-connector-j)
#   EVPARK_DB_URL     e.g. jdbc:mysql://db.example:3306/evpark
#   EVPARK_DB_USER, EVPARK_DB_PASSWORD (may be empty: no password)
#   EVPARK_PROPERTIES a file of key=value lines, the settings of README "Configuration"
#                     (ykc.admin.password=..., ykc.tcp.port=...); each becomes a system property
set -euo pipefail
: "${WILDFLY_HOME:?}" "${ECLIPSELINK_JAR:?}" "${JDBC_DRIVER_JAR:?}" "${EVPARK_DB_URL:?}"
: "${EVPARK_DB_USER:?}" "${EVPARK_DB_PASSWORD?}" "${EVPARK_PROPERTIES:?}"

# WildFly's org.eclipse.persistence module holds only its integration jar: add EclipseLink itself.
module="$WILDFLY_HOME/modules/system/layers/base/org/eclipse/persistence/main"
integration=$(cd "$module" && ls jipijapa-eclipselink-*.jar)
cp "$ECLIPSELINK_JAR" "$module/eclipselink.jar"
cat > "$module/module.xml" <<MODULE
<?xml version="1.0" encoding="UTF-8"?>
<module name="org.eclipse.persistence" xmlns="urn:jboss:module:1.9">
    <properties>
        <property name="jboss.api" value="public"/>
    </properties>
    <resources>
        <resource-root path="$integration"/>
        <resource-root path="eclipselink.jar">
            <filter>
                <exclude path="jakarta/**"/>
            </filter>
        </resource-root>
    </resources>
    <dependencies>
        <module name="java.desktop"/>
        <module name="java.logging"/>
        <module name="java.management"/>
        <module name="java.naming"/>
        <module name="java.rmi"/>
        <module name="java.sql"/>
        <module name="java.xml"/>
        <module name="jakarta.annotation.api"/>
        <module name="jakarta.enterprise.api"/>
        <module name="jakarta.json.api" optional="true"/>
        <module name="jakarta.persistence.api"/>
        <module name="jakarta.transaction.api"/>
        <module name="jakarta.validation.api"/>
        <module name="jakarta.xml.bind.api"/>
        <module name="org.antlr"/>
        <module name="org.jboss.as.jpa.spi"/>
        <module name="org.jboss.logging"/>
        <module name="org.jboss.vfs"/>
    </dependencies>
</module>
MODULE

password=""
if [ -n "$EVPARK_DB_PASSWORD" ]; then password=", password=\"$EVPARK_DB_PASSWORD\""; fi
properties=""
while IFS='=' read -r key value; do
  case "$key" in '' | '#'*) continue ;; esac
  properties+="/system-property=$key:add(value=\"$value\")"$'\n'
done < "$EVPARK_PROPERTIES"

commands=$(mktemp)
trap 'rm -f "$commands"' EXIT
cat > "$commands" <<CLI
embed-server --server-config=standalone.xml --std-out=discard
module add --name=com.mysql --resources=$JDBC_DRIVER_JAR --dependencies=java.sql,java.naming,java.management,jakarta.transaction.api
/extension=org.wildfly.extension.microprofile.health-smallrye:add
/extension=org.wildfly.extension.microprofile.openapi-smallrye:add
batch
/subsystem=datasources/jdbc-driver=mysql:add(driver-name=mysql, driver-module-name=com.mysql, driver-class-name=com.mysql.cj.jdbc.Driver, driver-xa-datasource-class-name=com.mysql.cj.jdbc.MysqlXADataSource)
/subsystem=datasources/data-source=evpark:add(jndi-name=java:/jdbc/evpark, driver-name=mysql, connection-url="$EVPARK_DB_URL", user-name="$EVPARK_DB_USER"$password, transaction-isolation=TRANSACTION_READ_COMMITTED, min-pool-size=1, max-pool-size=32, prepared-statements-cache-size=64, share-prepared-statements=true, valid-connection-checker-class-name=org.jboss.jca.adapters.jdbc.extensions.mysql.MySQLValidConnectionChecker, validate-on-match=true, background-validation=false, exception-sorter-class-name=org.jboss.jca.adapters.jdbc.extensions.mysql.MySQLExceptionSorter)
/subsystem=datasources/data-source=evpark-nontx:add(jndi-name=java:/jdbc/evpark__nontx, jta=false, driver-name=mysql, connection-url="$EVPARK_DB_URL", user-name="$EVPARK_DB_USER"$password, min-pool-size=1, max-pool-size=4, valid-connection-checker-class-name=org.jboss.jca.adapters.jdbc.extensions.mysql.MySQLValidConnectionChecker, validate-on-match=true, background-validation=false, exception-sorter-class-name=org.jboss.jca.adapters.jdbc.extensions.mysql.MySQLExceptionSorter)
/subsystem=batch-jberet/jdbc-job-repository=evpark:add(data-source=evpark)
/subsystem=batch-jberet:write-attribute(name=default-job-repository, value=evpark)
/subsystem=microprofile-health-smallrye:add(security-enabled=false)
/subsystem=microprofile-openapi-smallrye:add
/subsystem=undertow/application-security-domain=other:write-attribute(name=integrated-jaspi, value=false)
/subsystem=ejb3:write-attribute(name=default-missing-method-permissions-deny-access, value=false)
/system-property=eclipselink.jdbc.sequence-connection-pool.non-jta-data-source:add(value=java:/jdbc/evpark__nontx)
/subsystem=ejb3:write-attribute(name=default-resource-adapter-name, value="evpark.ear#connector-ykc.rar")
/subsystem=ejb3/strict-max-bean-instance-pool=mdb-strict-max-pool:undefine-attribute(name=derive-size)
/subsystem=ejb3/strict-max-bean-instance-pool=mdb-strict-max-pool:write-attribute(name=max-pool-size, value=32)
/subsystem=ejb3:write-attribute(name=default-mdb-instance-pool, value=mdb-strict-max-pool)
$properties
run-batch
stop-embedded-server
CLI
"$WILDFLY_HOME/bin/jboss-cli.sh" --file="$commands"
