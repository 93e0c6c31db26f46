using System;
using System.Management.Automation;
using System.Runtime.InteropServices;
using System.Security;
using ImgurPS.Models;

namespace ImgurPS.Commands;

/// <summary>
/// Lets a SecureString parameter take a plain string too (from an environment variable or a vault), so
/// scripts need no ConvertTo-SecureString step. The help of each such parameter says so.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
internal sealed class SecureStringTransformationAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        return value is string text ? SecureText.From(text) : value;
    }

    /// <summary>The plain text of a secret, for the moment it is handed to the session.</summary>
    internal static string? Reveal(SecureString? secret)
    {
        if (secret is null) return null;
        var pointer = Marshal.SecureStringToGlobalAllocUnicode(secret);
        try
        {
            return Marshal.PtrToStringUni(pointer);
        }
        finally
        {
            Marshal.ZeroFreeGlobalAllocUnicode(pointer);
        }
    }
}
