package dev.runlens.workbench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app's signing settings file in the data folder: the trust list in use and the audience. */
class SigningSettingsTest {
    @TempDir
    Path dir;

    @Test
    void withoutAFileTheDataFoldersTrustListIsUsedAndNoAudienceIsSet() throws Exception {
        DataFolder folder = new DataFolder(dir);
        SigningSettings s = SigningSettings.load(folder.signingSettings());
        assertEquals(SigningSettings.DEFAULT, s);
        assertEquals(dir.resolve("trust-list.dsse.json"), s.trustListIn(folder));
        assertEquals(Optional.empty(), s.audienceWith(Optional.empty()));
    }

    @Test
    void aChosenTrustListAndAnAudienceAreRememberedAcrossLoads() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("home"));
        Path list = dir.resolve("lists/acme.dsse.json");
        new SigningSettings(Optional.empty(), Optional.of("  acme-prod-agents ")).withTrustList(list).save(folder.signingSettings());
        SigningSettings back = SigningSettings.load(folder.signingSettings());
        assertEquals(list.toAbsolutePath(), back.trustListIn(folder));
        assertEquals(Optional.of("acme-prod-agents"), back.audience());
        assertTrue(Files.readString(folder.signingSettings()).contains(SigningSettings.TYPE));
        assertEquals(SigningSettings.DEFAULT.withTrustList(list), back.withAudience(Optional.of(" ")), "a blank audience is no audience");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # environment,  setting,        in force
            staging,        prod,           staging
            '  ',           prod,           prod
            ,               prod,           prod
            staging,        ,               staging
            """)
    void runlensAudienceOverridesTheSetting(String environment, String setting, String expected) {
        SigningSettings s = SigningSettings.DEFAULT.withAudience(Optional.ofNullable(setting));
        assertEquals(Optional.of(expected), s.audienceWith(Optional.ofNullable(environment)));
    }

    @Test
    void aFileThatIsNotASettingsFileIsAnErrorNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("signing-settings.json"), "{\"_type\":\"runlens-routing-policy/1\"}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SigningSettings.load(file));
        assertTrue(e.getMessage().startsWith(file + ": not a RunLens signing settings file"), e.getMessage());
    }
}
