/**
 * One immutable record per frame type of {@code ykc-protocol.md §4}, named as in the spec.
 *
 * <p>{@link cn.evpark.ykc.protocol.message.PileMessage} (uplink) and {@link
 * cn.evpark.ykc.protocol.message.PlatformMessage} (downlink) split the sealed {@link
 * cn.evpark.ykc.protocol.message.YkcMessage}, so a listener can switch over what a pile may send.
 * {@link cn.evpark.ykc.protocol.message.PileScoped} and {@link
 * cn.evpark.ykc.protocol.message.GunScoped} give the pile code and gun without a cast. Compact
 * constructors refuse values their field cannot carry (scale, range, length), so every message that
 * exists can be encoded; on decode such a value is {@code FIELD_OUT_OF_RANGE}. Code tables are
 * enums; the stop reason keeps its raw code because vendors add their own. 0x0A and 0x58 share
 * {@link cn.evpark.ykc.protocol.message.BillingModel}.
 */
package cn.evpark.ykc.protocol.message;
