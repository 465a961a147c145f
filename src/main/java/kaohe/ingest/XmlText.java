package kaohe.ingest;

/** Text and attribute values for XML written by hand. */
final class XmlText {

    private XmlText() {
    }

    /**
     * Escapes markup and drops what XML 1.0 cannot hold at all (control characters other than tab and line
     * breaks, unpaired surrogates, U+FFFE/FFFF): a finding may quote a cell's text, and a cell can hold them.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c == '\t' || c == '\n' || (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
