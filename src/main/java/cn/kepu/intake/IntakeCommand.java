package cn.kepu.intake;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code java -jar kepu.jar intake FILE}: the same JSON as the API, on stdout, without a server or database. */
public final class IntakeCommand {

    private IntakeCommand() {
    }

    public static int run(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (args.length != 1) {
            err.println("用法：java -jar kepu.jar intake 文件（.docx、.pdf、.txt、.md；- 表示标准输入）");
            return 2;
        }
        try {
            byte[] content = args[0].equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(args[0]));
            String text = DocumentText.read(args[0], content, 200L * 1024 * 1024);
            JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
            out.println(json.writeValueAsString(new PlanParser().parse(text)));
            return 0;
        } catch (DocumentText.Unreadable e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("无法读取文件：" + e.getMessage());
            return 1;
        }
    }
}
