package cn.leavedesk.io;

import java.util.List;

/** The cells of one row, numbered as Excel numbers rows (1-based, header included). */
record RawRow(int number, List<Cell> cells) {
    RawRow {
        cells = List.copyOf(cells);
    }

    Cell cell(int index) {
        return index < cells.size() ? cells.get(index) : Cell.BLANK;
    }

    boolean isBlank() {
        return cells.stream().allMatch(Cell::isBlank);
    }
}
