package cn.evpark.pile;

import java.io.Serializable;

/**
 * What the QR code of one gun says (二维码下载), for the edge to draw.
 *
 * @param pileCode the pile's code, 14 digits
 * @param gun the gun's number, from 1
 * @param content the text the code encodes: the driver app's URL with the pile and the gun, e.g.
 *     {@code https://driver.example.com/charge?pile=32010200000001&gun=1}
 */
public record GunQrCode(String pileCode, int gun, String content) implements Serializable {}
