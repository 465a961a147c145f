package kaohe.template;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;

/** Notes on cells of workbooks people open: a box beside the cell, added to what the cell already says. */
public final class CellComments {

    private CellComments() {
    }

    public static void add(Drawing<?> drawing, Cell cell, String text, String author) {
        CreationHelper helper = cell.getSheet().getWorkbook().getCreationHelper();
        Comment existing = cell.getCellComment();
        String all = text;
        if (existing != null) {
            all = existing.getString().getString() + "\n" + text;
            cell.removeCellComment();
        }
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 5);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(all));
        comment.setAuthor(author);
        cell.setCellComment(comment);
    }
}
