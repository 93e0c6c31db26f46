using System;
using System.Security.Cryptography;

namespace ImgurPS.Emulator.Store;

/// <summary>Imgur-shaped identifiers: alphanumeric hashes and hex tokens.</summary>
public static class Ids
{
    const string Alphanumerics = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>A random alphanumeric string; from <paramref name="seeded"/> when the result must repeat run to run.</summary>
    public static string Alphanumeric(int length, Random? seeded = null) =>
        seeded is null
            ? RandomNumberGenerator.GetString(Alphanumerics, length)
            : new string(seeded.GetItems<char>(Alphanumerics, length));

    /// <summary>A random lower-case hex string, the form of Imgur's tokens.</summary>
    public static string Hex(int length) => RandomNumberGenerator.GetHexString(length, lowercase: true);
}
