package cn.kepu.support;

/** One thing wrong in an uploaded sheet: the row as Excel numbers it, the column's header and why. */
public record ImportProblem(int row, String column, String message) {

    @Override
    public String toString() {
        return "第" + row + "行“" + column + "”：" + message;
    }
}
