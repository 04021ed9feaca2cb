package cn.kepu.support;

import java.util.List;

/**
 * An upload with bad rows: nothing of it was stored. Carries every problem and the upload marked with them,
 * so the user can correct the file they already have.
 */
public class ImportRejected extends RuntimeException {

    static final int SHOWN = 200;

    private final List<ImportProblem> problems;
    private final byte[] markedWorkbook;

    public ImportRejected(List<ImportProblem> problems, byte[] markedWorkbook) {
        super("文件中有" + problems.size() + "处错误，未导入任何数据");
        this.problems = List.copyOf(problems);
        this.markedWorkbook = markedWorkbook;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** The problems a page lists: the first {@value #SHOWN}; the marked file carries them all. */
    public List<ImportProblem> shown() {
        return problems.subList(0, Math.min(SHOWN, problems.size()));
    }

    /** How many problems the page does not list. */
    public int notShown() {
        return problems.size() - shown().size();
    }

    public byte[] markedWorkbook() {
        return markedWorkbook;
    }
}
