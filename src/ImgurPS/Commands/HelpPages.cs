namespace ImgurPS.Commands;

/// <summary>
/// Where each cmdlet's help is read online: its docs/help/&lt;Verb-Noun&gt;.md page as the project's repository
/// (the manifest's ProjectUri) renders it. Each [Cmdlet] attribute's HelpUri and each page's "online version"
/// name the same address, so Get-Help -Online opens it whether help comes from the attribute or the MAML.
/// </summary>
internal static class HelpPages
{
    public const string Root = "https://github.com/imgurps/ImgurPS/blob/main/docs/help/";
}
