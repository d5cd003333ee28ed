package com.example.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.runtime.json.JsonDiff;
import dev.lensc.runtime.json.JsonValues;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The tracker shows a small issue; its edits go back onto the full GitHub issue without loss. */
class GithubIssueTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode original() throws IOException {
        try (InputStream in = GithubIssueTest.class.getResourceAsStream("/issue.json")) {
            return JSON.readTree(in);
        }
    }

    @Test
    void theSmallIssue_hasOnlyWhatTheTrackerShows() throws IOException {
        GithubIssueV2 small = GithubIssueLenses.v1ToV2(JSON.treeToValue(original(), GithubIssueV1.class));
        assertEquals("Found a bug", small.name());
        assertEquals("bug", small.label());
        assertEquals(JSON.readTree("""
                {"html_url":"https://github.com/octo/app/issues/1347","id":1,"number":1347,"name":"Found a bug",
                 "user":{"login":"octocat","id":1,"avatar_url":"https://github.com/images/octocat.gif","type":"User","site_admin":false},
                 "labels":{"id":208045946,"color":"f29513","description":"Something isn't working"},
                 "state":"open","assignee":null,"comments":0,"created_at":"2011-04-22T13:33:48Z",
                 "updated_at":"2011-04-22T13:33:48Z","closed_at":null,"body":"I'm having a problem with this.","label":"bug"}
                """), GithubIssueLenses.v1ToV2(original()));
    }

    @Test
    void backOntoTheOriginal_givesExactlyTheOriginal() throws IOException {
        JsonNode original = original();
        assertEquals(original, GithubIssueLenses.v2ToV1(GithubIssueLenses.v1ToV2(original), original));
    }

    @Test
    void anEditInTheTracker_changesOnlyWhatItTouches() throws IOException {
        JsonNode original = original();
        GithubIssueV2 small = GithubIssueLenses.v1ToV2(JSON.treeToValue(original, GithubIssueV1.class));
        GithubIssueV2 edited = new GithubIssueV2(small.htmlUrl(), small.id(), small.number(), "Found a bug in login",
                small.user(), small.labels(), GithubIssueV1.State.CLOSED, small.assignee(), small.comments(),
                small.createdAt(), small.updatedAt(), small.closedAt(), small.body(), "regression");
        JsonNode back = GithubIssueLenses.v2ToV1(JSON.valueToTree(edited), original);
        JsonNode expected = original.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) expected).put("title", "Found a bug in login").put("state", "closed");
        ((com.fasterxml.jackson.databind.node.ObjectNode) expected.get("labels").get(0)).put("name", "regression");
        // the typed path reads ids as long: compare as JSON, where 208045946 is 208045946 whatever the Java type
        assertTrue(JsonValues.equal(expected, back), () -> JsonDiff.firstDifference(expected, back));
        assertEquals(expected.toString().length(), back.toString().length());
    }
}
