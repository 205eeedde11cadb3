package downhill.experiment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import downhill.engine.InputFiles;
import downhill.engine.Reasons;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * An experiment file's JSON text: read whole within the size limit as UTF-8, and parsed with the line and column
 * where each value starts, so that every later problem can say where it is.
 */
final class JsonText {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper MAPPER =
            new ObjectMapper(FACTORY).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonText() {}

    static String read(Path file) {
        try {
            byte[] bytes = InputFiles.readAll(file, ExperimentCodec.MAX_FILE_BYTES, "an experiment file");
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ExperimentException(0, 0, "", file.getFileName() + " is not UTF-8 text");
        } catch (InputFiles.Unreadable e) {
            throw new ExperimentException(0, 0, "", e.getMessage());
        } catch (IOException e) {
            throw new ExperimentException(0, 0, "", Reasons.cannot("read", file, e));
        }
    }

    /**
     * Parses JSON text, remembering where each value starts; malformed text fails located. A byte order mark at
     * the start (Windows Notepad writes one) is skipped, as the CSV reader does.
     */
    static JsonValue parse(String text) {
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ExperimentException(1, 1, "", "the file is empty; an experiment is a JSON object {...}");
        }
        return JsonValue.root(tree, locations(json));
    }

    private static ExperimentException malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String problem = String.valueOf(e.getOriginalMessage())
                .replaceAll("\\s*\\(start marker at \\[[^\\]]*\\]\\)", "")
                .replaceAll("\\s*at \\[Source:[^\\]]*\\]", "")
                .strip();
        int newline = problem.indexOf('\n');
        if (newline >= 0) {
            problem = problem.substring(0, newline).strip();
        }
        problem = JsonProblems.translate(problem);
        String path = "";
        if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            path = dotted(parser.getParsingContext().pathAsPointer().toString());
        }
        return new ExperimentException(
                at == null ? 1 : Math.max(1, at.getLineNr()),
                at == null ? 1 : Math.max(1, at.getColumnNr()),
                path,
                "malformed JSON: " + problem);
    }

    /** "/landscape/optimizers/2/name" → "landscape.optimizers[2].name". */
    private static String dotted(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                path.append('[').append(part).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".")
                        .append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.toString();
    }

    /** Where each value starts, by JSON pointer. */
    private static Map<String, JsonLocation> locations(String json) {
        Map<String, JsonLocation> locations = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonStreamContext context =
                        token.isStructStart() ? parser.getParsingContext().getParent() : parser.getParsingContext();
                locations.putIfAbsent(context.pathAsPointer().toString(), parser.currentTokenLocation());
            }
        } catch (IOException e) {
            throw new IllegalStateException("the text parsed once and not again", e);
        }
        return locations;
    }
}
