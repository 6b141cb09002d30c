package cn.leavedesk.ui;

import java.util.List;

/** The five rulebooks under their Chinese city names, without reading the rulebook files. */
public final class TestRulebookCatalog implements RulebookCatalog {
    public static final String WUHAN = "武汉市";
    public static final String HANGZHOU = "杭州市";
    public static final String YUEQING = "乐清市";

    @Override
    public List<Rulebook> available() {
        return List.of(new Rulebook("wuhan", WUHAN), new Rulebook("hangzhou", HANGZHOU), new Rulebook("hegang", "鹤岗市"),
                new Rulebook("shaoxing", "绍兴市"), new Rulebook("yueqing", YUEQING));
    }
}
