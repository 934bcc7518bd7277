package dev.runlens.protocol.bench;

import java.util.SplittableRandom;

/**
 * Seeded business prose in five languages, with the characters real prompts carry: accents,
 * Japanese, emoji (surrogate pairs), typographic quotes, currency signs, JSON-escaped quotes,
 * backslashes, tabs and newlines.
 */
final class SyntheticText {
    private static final String[][] WORDS = {
        // English
        ("the supplier shall invoice the customer within thirty days of delivery liability is capped at twelve months "
                + "fees except for fraud wilful misconduct and breach of confidentiality personal data processing "
                + "sub-processor notice renewal term termination governing law indemnity warranty service level credits "
                + "quarterly review purchase order line item discount tax VAT net gross amount due reconciliation ledger "
                + "approval escalation ticket customer account churn risk forecast pipeline revenue margin").split(" "),
        // German
        ("der Auftragnehmer verpflichtet sich zur fristgerechten Lieferung Haftung Gewährleistung Kündigungsfrist "
                + "Verlängerung Datenschutz Auftragsverarbeitung Rechnungsbetrag Umsatzsteuer Zahlungsziel Mängelrüge "
                + "Geschäftsführer Übergabe Prüfung Straße Größe Maßnahme Schlussrechnung fällig gemäß Anlage").split(" "),
        // French
        ("le prestataire s'engage à livrer les données personnelles conformément au règlement général facture "
                + "échéance résiliation préavis responsabilité plafonnée garantie sous-traitant société créée "
                + "à durée déterminée reçu élève été où déjà").split(" "),
        // Spanish
        ("el proveedor deberá emitir la factura dentro de los treinta días año contraseña señal niño "
                + "¿cuál es el importe? ¡urgente! pedido cliente revisión cláusula penalización").split(" "),
        // Japanese
        ("契約 請求書 支払期日 納品 個人情報 委託先 更新 解約 責任 上限 顧客 問い合わせ 対応 優先度 高 確認 お願いします "
                + "サポート チケット 返金 注文番号 東京 大阪 株式会社").split(" "),
    };
    private static final String[] FLAVOUR = {
        "😀", "🚀", "✅", "📎", "€", "£", "¥", "—", "–", "“quoted”", "‘single’", "…", "\"a JSON quote\"",
        "C:\\Shared\\Contracts\\2025", "a\ttab", "°C", "±0.5", "½", "™", "→", "≤", "≥", "√", "∑", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "👩‍💼",
    };

    private final SplittableRandom rnd;

    SyntheticText(SplittableRandom rnd) {
        this.rnd = rnd;
    }

    /** About {@code chars} UTF-16 units of prose in paragraphs. */
    String prose(int chars) {
        StringBuilder sb = new StringBuilder(chars + 64);
        while (sb.length() < chars) {
            sentence(sb, WORDS[pickLanguage()]);
            sb.append(rnd.nextInt(6) == 0 ? "\n\n" : " ");
        }
        return sb.toString();
    }

    String sentence() {
        StringBuilder sb = new StringBuilder(120);
        sentence(sb, WORDS[pickLanguage()]);
        return sb.toString();
    }

    private int pickLanguage() {
        int r = rnd.nextInt(10);
        return r < 6 ? 0 : r - 5; // 60 % English, 10 % each of the others
    }

    private void sentence(StringBuilder sb, String[] words) {
        int n = 6 + rnd.nextInt(14);
        boolean japanese = words == WORDS[4];
        for (int i = 0; i < n; i++) {
            if (i > 0 && !japanese) sb.append(' ');
            String w = words[rnd.nextInt(words.length)];
            if (i == 0 && !japanese) w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            sb.append(w);
            int r = rnd.nextInt(40);
            if (r == 0) sb.append(' ').append(FLAVOUR[rnd.nextInt(FLAVOUR.length)]);
            else if (r == 1) sb.append(" EUR ").append(rnd.nextInt(1_000_000)).append('.').append(10 + rnd.nextInt(90));
            else if (r == 2) sb.append(" (ref. DMS-").append(100_000 + rnd.nextInt(900_000)).append(')');
        }
        sb.append(japanese ? "。" : ".");
    }

    /** A word from the English list. */
    String word() {
        return WORDS[0][rnd.nextInt(WORDS[0].length)];
    }
}
