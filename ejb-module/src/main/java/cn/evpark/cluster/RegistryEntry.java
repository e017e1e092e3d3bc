package cn.evpark.cluster;

/**
 * The value of a pile's entry in the grid's session registry ({@link PileSessions}): the member
 * holding the pile's session and the connection there, kept in the grid as the text {@code "<member
 * uuid>/<connection id>"} (only JDK types cross the grid, servers-notes.md §1).
 *
 * @param member the holding member's grid id
 * @param connectionId the YKC connection on that member
 */
record RegistryEntry(String member, long connectionId) {

  /** What the grid holds for this entry. */
  String text() {
    return member + "/" + connectionId;
  }

  /** The grid's text of an entry; the format of {@link #text}. */
  static RegistryEntry parse(String text) {
    int slash = text.indexOf('/');
    return new RegistryEntry(text.substring(0, slash), Long.parseLong(text.substring(slash + 1)));
  }

  /** The start of the texts of every entry {@code member} holds, for a grid query. */
  static String prefixOf(String member) {
    return member + "/";
  }
}
