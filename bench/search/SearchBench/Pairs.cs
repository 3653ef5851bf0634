namespace SearchBench;

/// <summary>The duplicate threshold's evidence: paraphrases (the same report) against related but different reports.</summary>
internal static class Pairs
{
    public static readonly (string, string)[] Paraphrases =
    [
        ("The checkout button does nothing on Safari", "Clicking checkout on Safari doesn't do anything"),
        ("I can't log in since the last update", "Login stopped working after the update"),
        ("The dashboard takes forever to load", "Dashboard is extremely slow to load"),
        ("Please add a dark mode", "Would love a dark theme option"),
        ("Export to CSV fails with an error", "CSV export throws an error"),
        ("The app logs me out every few minutes", "I keep getting signed out of the app every few minutes"),
        ("Password reset email never arrives", "I never receive the password reset email"),
        ("The cart shows the wrong total", "Cart total is wrong"),
        ("Search results are empty for any query", "Search returns no results no matter what I type"),
        ("Uploading a file crashes the page", "The page crashes when I upload a file"),
        ("Notifications arrive twice", "I get every notification two times"),
        ("The invoice PDF is blank", "Invoices download as an empty PDF"),
    ];

    public static readonly (string, string)[] Related =
    [
        ("The checkout button does nothing on Safari", "The checkout button is hard to find on mobile"),
        ("I can't log in since the last update", "Please add login with Google"),
        ("The dashboard takes forever to load", "The dashboard should show weekly totals"),
        ("Please add a dark mode", "The colours of the light theme are too pale"),
        ("Export to CSV fails with an error", "Please add an export to Excel"),
        ("The app logs me out every few minutes", "The app should remember my language"),
        ("Password reset email never arrives", "The password rules are too strict"),
        ("The cart shows the wrong total", "Let me save the cart for later"),
        ("Search results are empty for any query", "Search should also look in comments"),
        ("Uploading a file crashes the page", "Allow uploading more than one file at a time"),
        ("Notifications arrive twice", "Let me turn off email notifications"),
        ("The invoice PDF is blank", "Invoices should show our VAT number"),
    ];
}
