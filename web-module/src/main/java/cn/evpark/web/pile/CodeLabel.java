package cn.evpark.web.pile;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.Map;

/**
 * The line printed under a gun's QR code (manual 4.3, 二维码下载): the pile's code and the gun's number,
 * e.g. {@code 32010200000001-1}, in a 5×7 dot font of its own, so that printing needs no font
 * installed on the server. Digits and {@code -} only: what pile codes and gun numbers are made of.
 */
final class CodeLabel {

  /** The dots of each character, 7 rows of 5, {@code #} dark. */
  private static final Map<Character, String[]> GLYPHS =
      Map.ofEntries(
          Map.entry(
              '0', new String[] {" ### ", "#   #", "#  ##", "# # #", "##  #", "#   #", " ### "}),
          Map.entry(
              '1', new String[] {"  #  ", " ##  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "}),
          Map.entry(
              '2', new String[] {" ### ", "#   #", "    #", "   # ", "  #  ", " #   ", "#####"}),
          Map.entry(
              '3', new String[] {"#####", "   # ", "  #  ", "   # ", "    #", "#   #", " ### "}),
          Map.entry(
              '4', new String[] {"   # ", "  ## ", " # # ", "#  # ", "#####", "   # ", "   # "}),
          Map.entry(
              '5', new String[] {"#####", "#    ", "#### ", "    #", "    #", "#   #", " ### "}),
          Map.entry(
              '6', new String[] {"  ## ", " #   ", "#    ", "#### ", "#   #", "#   #", " ### "}),
          Map.entry(
              '7', new String[] {"#####", "    #", "   # ", "  #  ", " #   ", " #   ", " #   "}),
          Map.entry(
              '8', new String[] {" ### ", "#   #", "#   #", " ### ", "#   #", "#   #", " ### "}),
          Map.entry(
              '9', new String[] {" ### ", "#   #", "#   #", " ####", "    #", "   # ", " ##  "}),
          Map.entry(
              '-', new String[] {"     ", "     ", "     ", "#####", "     ", "     ", "     "}));

  /** Dots per character across and down. */
  static final int COLUMNS = 5;

  static final int ROWS = 7;

  private CodeLabel() {}

  /** The text of a gun's label: the pile's code, {@code -}, the gun's number. */
  static String text(String pileCode, int gun) {
    return pileCode + "-" + gun;
  }

  /**
   * Draws {@code text} in black, centred in the band from {@code top} of {@code height} pixels and
   * {@code width} wide, as large as fits (a dot is at least 1 pixel).
   *
   * @throws IllegalArgumentException for a character other than a digit or {@code -}
   */
  static void draw(Graphics2D graphics, String text, int width, int top, int height) {
    int cells = text.length() * (COLUMNS + 1) - 1;
    int dot = Math.max(1, Math.min(width * 9 / 10 / cells, height * 7 / 10 / ROWS));
    int left = (width - cells * dot) / 2;
    int y = top + (height - ROWS * dot) / 2;
    graphics.setColor(Color.BLACK);
    for (int i = 0; i < text.length(); i++) {
      String[] glyph = GLYPHS.get(text.charAt(i));
      if (glyph == null) {
        throw new IllegalArgumentException("no dots for '" + text.charAt(i) + "' in " + text);
      }
      int x = left + i * (COLUMNS + 1) * dot;
      for (int row = 0; row < ROWS; row++) {
        for (int column = 0; column < COLUMNS; column++) {
          if (glyph[row].charAt(column) == '#') {
            graphics.fillRect(x + column * dot, y + row * dot, dot, dot);
          }
        }
      }
    }
  }
}
