package com.example.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PreferencesColumnTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theReaderReadsEveryVersion_fillingDefaults() throws Exception {
        assertEquals(new PreferencesV3("Europe/Berlin", PreferencesV2.Mode.SYSTEM, "en"),
                PreferencesColumn.read(new PreferencesColumn.Row(1, JSON.readTree("{\"timezone\":\"Europe/Berlin\"}"))));
        assertEquals(new PreferencesV3("UTC", PreferencesV2.Mode.DARK, "en"),
                PreferencesColumn.read(new PreferencesColumn.Row(2, JSON.readTree("{\"timezone\":\"UTC\",\"mode\":\"dark\"}"))));
        assertEquals(new PreferencesV3("UTC", PreferencesV2.Mode.LIGHT, "de"), PreferencesColumn.read(
                new PreferencesColumn.Row(3, JSON.readTree("{\"timezone\":\"UTC\",\"mode\":\"light\",\"language\":\"de\"}"))));
    }

    @Test
    void anOldWriter_keepsTheNewerSettingsItDoesNotKnow() {
        PreferencesColumn.Row row = PreferencesColumn.write(new PreferencesV3("UTC", PreferencesV2.Mode.DARK, "fr"), 3, null);
        row = PreferencesColumn.write(new PreferencesV1("Asia/Tokyo"), 1, row);
        assertEquals(3, row.version());
        assertEquals(new PreferencesV3("Asia/Tokyo", PreferencesV2.Mode.DARK, "fr"), PreferencesColumn.read(row));
        row = PreferencesColumn.write(new PreferencesV2("Asia/Tokyo", PreferencesV2.Mode.LIGHT), 2, row);
        assertEquals(new PreferencesV3("Asia/Tokyo", PreferencesV2.Mode.LIGHT, "fr"), PreferencesColumn.read(row));
    }

    @Test
    void anEmptyV1Column_readsItsDefaults_asRecordAndThroughTheReader() throws Exception {
        assertEquals(new PreferencesV1("UTC"), JSON.readValue("{}", PreferencesV1.class));
        assertEquals(new PreferencesV3("UTC", PreferencesV2.Mode.SYSTEM, "en"),
                PreferencesColumn.read(new PreferencesColumn.Row(1, JSON.readTree("{}"))));
    }
}
