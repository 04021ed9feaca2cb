package cn.kepu.base;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** 科普示范县（市、区）、示范社区、示范村, each with the criteria its creation is judged by. */
public enum SiteKind {
    COUNTY("科普示范县（市、区）", List.of(
            "党委政府将科普工作纳入经济社会发展规划和年度工作考核",
            "科普经费列入同级财政预算，人均科普经费不低于全省平均水平",
            "公民具备科学素质的比例高于全省平均水平",
            "建有科技馆或科普场馆，每个乡镇（街道）有科普活动场所",
            "每年组织全国科普日、科技活动周等群众性科普活动",
            "科技志愿服务队伍健全，年度开展服务不少于12次")),
    COMMUNITY("科普示范社区", List.of(
            "有社区科普工作领导小组和专（兼）职科普工作人员",
            "有不少于50平方米的科普活动室或科普学校",
            "有科普画廊或科普宣传栏，每季度更新内容",
            "每年开展科普活动不少于6次",
            "有社区科普志愿者队伍，不少于10人",
            "居民对社区科普工作满意度达到80%以上")),
    VILLAGE("科普示范村", List.of(
            "有村级科普组织（农技协或科普小组）和科普宣传员",
            "有科普活动室、科普宣传栏和农家书屋",
            "每年开展农业实用技术培训不少于4次",
            "有1项以上特色主导产业，带动农民增收",
            "村民移风易俗、崇尚科学的氛围良好"));

    private final String label;
    private final List<String> criteria;

    SiteKind(String label, List<String> criteria) {
        this.label = label;
        this.criteria = criteria;
    }

    public String label() {
        return label;
    }

    public List<String> criteria() {
        return criteria;
    }

    static Optional<SiteKind> fromLabel(String text) {
        String t = text == null ? "" : text.strip().replace("(", "（").replace(")", "）");
        return Arrays.stream(values()).filter(k -> k.label.equals(t) || k.label.startsWith(t) && t.length() >= 5 || k.name().equals(t))
                .findFirst();
    }
}
