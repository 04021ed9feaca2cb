package cn.kepu.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;

/**
 * A unit's year in the survey's table layout: one sheet per table (科普人员, 科普场地, 科普经费, 科普传媒, 科普活动),
 * rows the items with their units of measure, columns the unit's own form and the total of the forms submitted in its
 * subtree; 科普经费 ends with 人均科普经费.
 */
@Component
class StatisticsSheet {

    private final StatisticsWork work;
    private final ApplicationEventPublisher events;

    StatisticsSheet(StatisticsWork work, ApplicationEventPublisher events) {
        this.work = work;
        this.events = events;
    }

    @Transactional
    public byte[] export(long unitId, int year) {
        StatisticsWork.Sheet own = work.sheet(unitId, year);
        StatisticsWork.RollUp rollUp = work.rollUp(unitId, year);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle head = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setBorderBottom(BorderStyle.THIN);
            for (StatisticsTable table : StatisticsTable.values()) {
                XSSFSheet sheet = book.createSheet(table.label());
                Row title = sheet.createRow(0);
                title.createCell(0).setCellValue(own.unit().getName() + year + "年科普统计：" + table.label());
                title.getCell(0).setCellStyle(head);
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
                Row header = sheet.createRow(1);
                String[] columns = {"指标", "计量单位", "本单位填报", "含下级合计（已上报）"};
                for (int c = 0; c < columns.length; c++) {
                    header.createCell(c).setCellValue(columns[c]);
                    header.getCell(c).setCellStyle(head);
                }
                int r = 2;
                for (StatisticsItem item : StatisticsItem.of(table)) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(item.label());
                    row.createCell(1).setCellValue(item.measure());
                    StatisticsWork.Figure f = own.figures().get(item);
                    put(row, 2, f == null ? null : f.amount());
                    put(row, 3, rollUp.total().of(item));
                }
                if (table == StatisticsTable.FUNDING) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue("人均科普经费（筹集额÷常住人口）");
                    row.createCell(1).setCellValue("元/人");
                    put(row, 3, rollUp.total().perCapita());
                }
                sheet.setColumnWidth(0, 40 * 256);
                sheet.setColumnWidth(1, 10 * 256);
                sheet.setColumnWidth(2, 14 * 256);
                sheet.setColumnWidth(3, 20 * 256);
            }
            book.write(out);
            events.publishEvent(ActionPerformed.of(AuditAction.EXPORT, StatisticsWork.AUDIT_TYPE, null,
                    own.unit().getName() + year + "年科普统计", "导出（含下级已上报" + rollUp.total().submitted() + "份）"));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

}
