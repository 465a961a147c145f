package kaohe.plan;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A plan file's text: UTF-8, with or without the byte-order mark Excel's "CSV UTF-8" writes. Chinese
 * Excel's plain "CSV" saves GBK instead; that is recognised and named, so the office knows which
 * Save As choice to make rather than reading hundreds of messages about garbled names.
 */
final class PlanText {

    /** The file is not UTF-8; the message says what it looks like and how to save it right. */
    static final class NotUtf8 extends IOException {
        NotUtf8(String message) {
            super(message);
        }
    }

    private PlanText() {
    }

    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = decode(bytes, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            boolean gbk;
            try {
                decode(bytes, Charset.forName("GB18030"));
                gbk = true;
            } catch (CharacterCodingException neither) {
                gbk = false;
            }
            throw new NotUtf8(gbk
                    ? "文件是 GBK（GB18030）编码，不是 UTF-8：这是中文版 Excel“另存为 CSV（逗号分隔）”的结果。"
                    + "请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”，或在 WPS 中选 UTF-8 编码后保存"
                    : "文件不是 UTF-8 编码的文本：请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后保存");
        }
    }

    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
