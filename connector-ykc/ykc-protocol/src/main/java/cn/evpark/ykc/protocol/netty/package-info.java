/**
 * Netty handlers for the YKC stream: {@link cn.evpark.ykc.protocol.netty.YkcFrameDecoder} (bytes to
 * {@link cn.evpark.ykc.protocol.YkcFrame} or {@link cn.evpark.ykc.protocol.netty.InvalidFrame}) and
 * {@link cn.evpark.ykc.protocol.netty.YkcFrameEncoder}. Bad input travels down the pipeline as a
 * value; the decoder never throws, never closes the channel and buffers at most one frame. Both run
 * on the channel's event loop; no {@code ByteBuf} leaves them.
 */
package cn.evpark.ykc.protocol.netty;
