package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kaohe.plan.ShippedPlan;
import kaohe.template.TemplateLayout;
import kaohe.validate.Finding;
import kaohe.validate.FindingCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zip guard measures with the reader that parses, fails closed, and caps each part and the shared strings. */
class WorkbookGuardTests {

    @TempDir
    Path temp;

    private final WorkbookGuard guard = new WorkbookGuard(IngestLimits.defaults());

    private Path good() {
        return FilledReturn.template(ShippedPlan.plan(), "330402", "2019Q2").everything().saveTo(temp.resolve("good.xlsx"));
    }

    @Test
    void aZipWithTwoPartsOfTheSameNameIsRefused() throws Exception {
        Path dup = Files.write(temp.resolve("dup.xlsx"), withDuplicateEntry(Files.readAllBytes(good())));

        assertThat(guard.check(dup, "dup.xlsx")).map(Finding::code).contains(FindingCode.F004);
        assertThat(guard.check(dup, "dup.xlsx").orElseThrow().message()).contains("重名");
    }

    @Test
    void aZipWithMorePartsThanAnyWorkbookIsRefused() throws Exception {
        Path many = Files.write(temp.resolve("many.xlsx"), withExtraEntries(Files.readAllBytes(good()), 1500));

        assertThat(guard.check(many, "many.xlsx")).map(Finding::code).contains(FindingCode.F004);
    }

    @Test
    void aZipTheGuardCannotReadIsNotLetThrough() throws Exception {
        byte[] bytes = Files.readAllBytes(good());
        Path cut = Files.write(temp.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 3));

        assertThat(guard.check(cut, "cut.xlsx")).map(Finding::code).contains(FindingCode.F001);
    }

    @Test
    void aPartPastItsCapIsRefusedByTheReaderThatParsesIt() throws Exception {
        XlsxStreamReader tiny = new XlsxStreamReader(10, 100, 1000);

        assertThatThrownBy(() -> tiny.read(good(), Set.of(TemplateLayout.INDICATOR_SHEET)))
                .isInstanceOf(XlsxStreamReader.TooLarge.class).hasMessageContaining("解压后超过");
    }

    @Test
    void aPartPastItsCapIsRefusedWhenParsedFromTheGuardsInflatedPartsToo() throws Exception {
        Path file = good();
        WorkbookGuard.Inspection inspected = guard.inspect(file, "good.xlsx");
        XlsxStreamReader tiny = new XlsxStreamReader(10, 100, 1000);

        assertThat(inspected.refusal()).isEmpty();
        assertThatThrownBy(() -> tiny.read(inspected.parts(), Set.of(TemplateLayout.INDICATOR_SHEET)))
                .isInstanceOf(XlsxStreamReader.TooLarge.class).hasMessageContaining("解压后超过");
    }

    @Test
    void aSharedStringTableOfMoreThanAHundredThousandStringsIsRefused() throws Exception {
        byte[] bytes = rewrite(Files.readAllBytes(good()), (name, content) -> {
            if (!name.equals("xl/sharedStrings.xml")) {
                return content;
            }
            String xml = new String(content, StandardCharsets.UTF_8);
            String extra = "<si><t>x</t></si>".repeat(XlsxStreamReader.MAX_SHARED_STRINGS + 1);
            return xml.replace("</sst>", extra + "</sst>").getBytes(StandardCharsets.UTF_8);
        }, List.of());
        Path file = Files.write(temp.resolve("strings.xlsx"), bytes);

        ReadResult read = new ReturnReader(IngestLimits.defaults()).read(file);

        assertThat(read.isRead()).isFalse();
        assertThat(read.failure().code()).isEqualTo(FindingCode.F004);
        assertThat(read.failure().message()).contains("共享字符串");
    }

    @Test
    void feedbackForAWorkbookPoiCannotReopenIsTheListAlone() throws Exception {
        Path dup = Files.write(temp.resolve("dup.xlsx"), withDuplicateEntry(Files.readAllBytes(good())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new FeedbackWriter().write(dup, true, List.of(Finding.ofFile(FindingCode.F004, "压缩包内有重名的部件")), out);

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo(FeedbackWriter.SUMMARY_SHEET);
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).isEqualTo("F004");
        }
    }

    /** The workbook with a second xl/workbook.xml: zip writers refuse to make one, so the name is patched in afterwards. */
    static byte[] withDuplicateEntry(byte[] xlsx) throws IOException {
        byte[] workbook = entry(xlsx, "xl/workbook.xml");
        byte[] patched = rewrite(xlsx, (name, content) -> content, List.of(new Extra("xl/workbook.xmQ", workbook)));
        return replace(patched, "xl/workbook.xmQ".getBytes(StandardCharsets.US_ASCII), "xl/workbook.xml".getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] withExtraEntries(byte[] xlsx, int count) throws IOException {
        List<Extra> extras = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            extras.add(new Extra("customXml/item" + i + ".xml", "<x/>".getBytes(StandardCharsets.UTF_8)));
        }
        return rewrite(xlsx, (name, content) -> content, extras);
    }

    record Extra(String name, byte[] content) {
    }

    interface Change {
        byte[] apply(String name, byte[] content);
    }

    static byte[] rewrite(byte[] xlsx, Change change, List<Extra> extras) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(change.apply(e.getName(), in.readAllBytes()));
                zip.closeEntry();
            }
            for (Extra extra : extras) {
                zip.putNextEntry(new ZipEntry(extra.name()));
                zip.write(extra.content());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] entry(byte[] xlsx, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static byte[] replace(byte[] bytes, byte[] from, byte[] to) {
        byte[] result = bytes.clone();
        for (int i = 0; i + from.length <= result.length; i++) {
            if (java.util.Arrays.equals(result, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, result, i, to.length);
            }
        }
        return result;
    }

}
