package cn.kepu.expert;

import org.springframework.security.access.AccessDeniedException;

/** Someone without the right to search the 专家库 asked to; pages and the API answer 403 with this message. */
public class ExpertSearchRefused extends AccessDeniedException {

    static final String MESSAGE = "您没有查找专家的权限：专家库仅供工作人员、单位管理员和系统管理员使用，填报员不能查找或查看专家。"
            + "如需邀请专家参加活动、评审或应急科普，请联系本级科协的工作人员";

    ExpertSearchRefused() {
        super(MESSAGE);
    }
}
