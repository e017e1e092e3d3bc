package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.PileCode;

/** A message that names the pile it is about. */
public interface PileScoped {
  PileCode pileCode();
}
