package cn.evpark.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegistryEntryTest {

  static final String MEMBER = "0c82390b-510c-4640-bb1e-e636367a6f34";

  @Test
  void anEntry_isReadBackFromItsText() {
    RegistryEntry entry = new RegistryEntry(MEMBER, 2282317164567983782L);

    assertThat(entry.text()).isEqualTo(MEMBER + "/2282317164567983782");
    assertThat(RegistryEntry.parse(entry.text())).isEqualTo(entry);
  }

  @Test
  void theTextOfEveryEntryOfAMember_startsWithItsPrefix_andNoOtherMembersDoes() {
    String text = new RegistryEntry(MEMBER, 7).text();

    assertThat(text).startsWith(RegistryEntry.prefixOf(MEMBER));
    assertThat(text).doesNotStartWith(RegistryEntry.prefixOf(MEMBER.substring(0, 35)));
  }
}
