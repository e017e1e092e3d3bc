package cn.evpark.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which member cleans up after one that left, in a real grid of three members on loopback: the
 * first stands for a Payara Server DAS, in the grid without the application; the two others run it.
 */
class GridMemberTest {

  private final String clusterName = "evpark-grid-member-test-" + UUID.randomUUID();

  @AfterEach
  void shutDown() {
    Hazelcast.getAllHazelcastInstances().stream()
        .filter(h -> h.getConfig().getClusterName().equals(clusterName))
        .forEach(h -> h.getLifecycleService().terminate());
  }

  private HazelcastInstance start() {
    Config config = new Config();
    config.setClusterName(clusterName);
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.logging.type", "none");
    config.setProperty("hazelcast.wait.seconds.before.join", "0");
    config.getNetworkConfig().setPort(5801).setPortAutoIncrement(true);
    config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = config.getNetworkConfig().getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1");
    return Hazelcast.newHazelcastInstance(config);
  }

  @Test
  void theOldestMemberRunningTheApplicationCleansUpAfterOneThatLeft() throws Exception {
    GridMember das = new GridMember(start());
    HazelcastInstance firstInstance = start();
    GridMember first = new GridMember(firstInstance);
    GridMember second = new GridMember(start());
    first.announce();
    second.announce();
    CompletableFuture<String> left = new CompletableFuture<>();
    second.onMemberLeft(left::complete);

    assertThat(das.size()).isEqualTo(3);
    assertThat(das.isOldest()).isFalse();
    assertThat(first.isOldest()).isTrue();
    assertThat(second.isOldest()).isFalse();

    String firstId = first.self();
    firstInstance.getLifecycleService().terminate();

    assertThat(left.get(30, TimeUnit.SECONDS)).isEqualTo(firstId);
    assertThat(second.isOldest()).isTrue();
    assertThat(das.isOldest()).isFalse();
  }

  @Test
  void aMemberThatLeavesTheApplicationIsNoLongerTheOneToCleanUp() {
    GridMember first = new GridMember(start());
    GridMember second = new GridMember(start());
    first.announce();
    second.announce();

    first.leave();

    assertThat(first.isOldest()).isFalse();
    assertThat(second.isOldest()).isTrue();
  }
}
