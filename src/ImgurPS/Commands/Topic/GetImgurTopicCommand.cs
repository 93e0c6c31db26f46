using System.Management.Automation;
using ImgurPS.Client.Api;
using ImgurPS.Models;

namespace ImgurPS.Commands.Topic;

/// <summary>Get-ImgurTopic: Imgur's default gallery topics (TP-01).</summary>
[Cmdlet(VerbsCommon.Get, "ImgurTopic", HelpUri = HelpPages.Root + "Get-ImgurTopic.md")]
[OutputType(typeof(ImgurTopic))]
public sealed class GetImgurTopicCommand : ImgurApiCmdlet
{
    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var call = NewCall();
        WriteResult(Client.GetDefaultTopicsAsync(call), "topics", enumerateCollection: true);
    }
}
