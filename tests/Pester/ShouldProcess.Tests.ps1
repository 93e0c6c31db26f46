BeforeDiscovery {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    # Cmdlets whose verbs change something at Imgur; reading and local session cmdlets are left out.
    $changing = Get-Command -Module ImgurPS -CommandType Cmdlet |
        Where-Object Verb -In 'Add', 'Block', 'New', 'Publish', 'Remove', 'Send', 'Set', 'Switch', 'Unblock', 'Unpublish' |
        ForEach-Object { @{ Name = $_.Name; Verb = $_.Verb } }
    # Deletes: taking images out of an album or unfollowing a tag deletes nothing and is easily undone.
    $undoable = 'Remove-ImgurAlbumImage', 'Remove-ImgurFollowedTag'
    $destructive = $changing | Where-Object { $_.Verb -in 'Remove', 'Unpublish' -and $_.Name -notin $undoable }
}

Describe 'Commands that change remote state' {
    It '<Name> asks before deleting (ConfirmImpact High) and takes -Force' -ForEach $destructive {
        $command = Get-Command $Name
        $attribute = $command.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0]
        $attribute.ConfirmImpact | Should -Be 'High'
        $command.Parameters.Keys | Should -Contain 'Force'
    }
}
