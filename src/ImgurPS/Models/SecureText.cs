using System.Security;

namespace ImgurPS.Models;

/// <summary>Turns a secret's text into the read-only SecureString that PowerShell passes around.</summary>
internal static class SecureText
{
    public static SecureString From(string text)
    {
        var secure = new SecureString();
        foreach (var character in text) secure.AppendChar(character);
        secure.MakeReadOnly();
        return secure;
    }
}
