package cn.kepu.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who does a task, read from the ways documents say it ({@link UnitPhrases}). */
class UnitPhrasesTests {

    List<String> lead = new ArrayList<>();
    List<String> responsible = new ArrayList<>();

    @Test
    @DisplayName("“A会同B”：A牵头，B参与；会同前后都可以是几个单位")
    void together() {
        UnitPhrases.subjects("市卫生健康委会同市科协、市老龄办开展老年人智能技术培训，10月底前完成。", lead, responsible);
        assertThat(lead).containsExactly("市卫生健康委");
        assertThat(responsible).containsExactly("市科协", "市老龄办");
    }

    @Test
    @DisplayName("“由A牵头，B、C配合”：后面分句里的单位也是责任单位")
    void byAndClauses() {
        UnitPhrases.subjects("由省科协科普部牵头，省农业农村厅、省妇联配合，遴选培育省级示范农技协。", lead, responsible);
        assertThat(lead).containsExactly("省科协科普部");
        assertThat(responsible).containsExactly("省农业农村厅", "省妇联");
    }

    @Test
    @DisplayName("标题句之后的主语：“和”只在两边都像单位名时分开（市委网信办、各参与单位不拆）")
    void subjectAfterTheTitle() {
        UnitPhrases.subjects("推进数字科技馆建设。市科技馆和市科协信息中心负责完善栏目，持续推进。", lead, responsible);
        assertThat(lead).isEmpty();
        assertThat(responsible).containsExactly("市科技馆", "市科协信息中心");
    }

    @Test
    @DisplayName("以动词开头的句子是标题，不是单位；协会自己的部门（协会技术服务部）是单位")
    void verbsAreNotUnitsButAnAssociationsDepartmentIs() {
        UnitPhrases.subjects("建设养蜂科普示范基地，面向中小学生开展体验活动。", lead, responsible);
        assertThat(responsible).isEmpty();
        UnitPhrases.subjects("开展会员技术服务。协会技术服务部负责组建技术服务小组，长期坚持。", lead, responsible);
        assertThat(responsible).containsExactly("协会技术服务部");
    }

    @Test
    @DisplayName("责任分工括号：“科普部牵头，市科技馆、县市区科协负责落实”；名单里的“县市区、功能区科协”是一个单位")
    void duties() {
        UnitPhrases.readDuties("科普部牵头，市科技馆、县市区、功能区科协负责落实", lead, responsible);
        assertThat(lead).containsExactly("科普部");
        assertThat(responsible).containsExactly("市科技馆", "县市区、功能区科协");
        assertThat(UnitPhrases.readsAsUnit("区）科协")).isFalse();
        assertThat(UnitPhrases.readsAsUnit("并不是")).isFalse();
    }
}
