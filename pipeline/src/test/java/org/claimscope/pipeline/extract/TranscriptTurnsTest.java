package org.claimscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptTurnsTest {

    private static final String TRANSCRIPT = "Partial transcript as follows:\n\n"
            + "\"HOLLIS: Why did the council vote now?\n\n"
            + "\"MS. ABARA: Because the budget was due. \"We had no choice,\" I told them.\n\n"
            + "\"And we will do it again.\n\n"
            + "\"HOLLIS: Thank you.\"";

    private static List<String> contents(String text) {
        return new QuoteMarks().find(text).stream().map(q -> q.content().of(text)).toList();
    }

    @Test
    void eachLabelledParagraphIsATurnWhoseWordsFollowTheLabel() {
        assertEquals(List.of("Why did the council vote now?",
                        "Because the budget was due. \"We had no choice,\" I told them.",
                        "And we will do it again.", "Thank you."),
                contents(TRANSCRIPT));
    }

    @Test
    void aLabelIsATranscriptTurnOnlyWhenTwoParagraphsOpenWithOne() {
        String kicker = "UPDATE: The council met again on Friday.\n\nThe mayor was not there.";
        assertTrue(TranscriptTurns.of(kicker, QuoteMarks.paragraphs(kicker)).isEmpty());
        String twoKickers = "UPDATE: The council met again.\n\nNOTE: An earlier version misspelled a name.";
        assertTrue(TranscriptTurns.of(twoKickers, QuoteMarks.paragraphs(twoKickers)).isEmpty());
        assertEquals(3, TranscriptTurns.of(TRANSCRIPT, QuoteMarks.paragraphs(TRANSCRIPT)).size());
    }

    @Test
    void theLabelIsWrittenAsASurname() {
        assertEquals("Abara", TranscriptTurns.surname("MS. ABARA"));
        assertEquals("O'Neill-Price", TranscriptTurns.surname("O'NEILL-PRICE"));
    }
}
