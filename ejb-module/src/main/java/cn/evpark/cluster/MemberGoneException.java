package cn.evpark.cluster;

/** The member that held a pile's session is no longer in the grid (killed, cut off, stopped). */
final class MemberGoneException extends RuntimeException {

  MemberGoneException(String member) {
    super("cluster member " + member + " has left");
  }
}
