package cn.leavedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No Chinese text in the product's Java literals: what a clerk reads lives in the bundles ({@code i18n/*.properties}),
 * the words offices write in data files (rulebooks, {@code io/import-words.properties}…). Comments may say anything.
 * A {@code \}{@code u4e00}-style escape is Chinese too: escaping the text does not move it out of the code.
 */
class NoChineseInJavaTest {
    private static final Path MAIN = Path.of("src/main/java");

    static boolean isChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    static List<JavaLiterals.Literal> chineseLiterals(List<JavaLiterals.Literal> literals) {
        return literals.stream().filter(l -> isChinese(l.decoded())).toList();
    }

    @Test
    void noJavaLiteralUnderSrcMainHoldsChinese() {
        List<JavaLiterals.Literal> literals = JavaLiterals.under(MAIN);
        assertThat(literals).as("the lexer found the sources' literals").hasSizeGreaterThan(1000);
        assertThat(chineseLiterals(literals)).as("Chinese in Java literals; move it to a bundle or data file")
                .isEmpty();
    }

    @Test
    void theCheckSeesLiteralsAndEscapesButNotComments() {
        String source = """
                class A {
                    // 注释可以写中文 "引号里也可以"
                    /* 块注释 "也可以" */
                    String a = "ok // not a comment 审批";
                    String b = "\\u5ba1\\u6279";
                    String c = "(\\\\d{4})\\\\u5e74";
                    char d = '年';
                    String e = \"""
                        文本块
                        \""";
                    String f = "plain";
                }
                """;
        List<JavaLiterals.Literal> found = chineseLiterals(JavaLiterals.in(Path.of("A.java"), source));
        assertThat(found).extracting(JavaLiterals.Literal::line).containsExactly(4, 5, 6, 7, 8);
    }
}
