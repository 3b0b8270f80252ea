package org.disclosureledger.kernel.proactive;

import org.disclosureledger.kernel.vocabulary.OfficialTerm;

/** Channels of proactive publication. */
public enum PublicationChannel implements OfficialTerm {
    WEBSITE("政府网站"),
    WECHAT("微信公众号"),
    WEIBO("政务微博"),
    GAZETTE("政府公报"),
    NOTICE_BOARD("公开栏"),
    PRESS("新闻发布"),
    APP("政务客户端"),
    OTHER("其他方式");

    private final String label;

    PublicationChannel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
