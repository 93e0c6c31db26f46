BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'Get-ImgurConversation, Send-ImgurMessage and Remove-ImgurConversation' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        $other = (Get-ImgurGallery | Select-Object -First 1).AccountUrl
        Clear-EmulatorRequest
    }

    It 'binds ConversationId from piped conversations' {
        $conversations = 11, 12 | ForEach-Object { [ImgurPS.Models.ImgurConversation]@{ Id = $_ } }
        $conversations | Remove-ImgurConversation -Force -ErrorAction SilentlyContinue
        $null = $conversations[0] | Get-ImgurConversation -Page 2 -Offset 5 -ErrorAction SilentlyContinue
        (Get-EmulatorRequest).path | Should -Be @('/3/conversations/11.json', '/3/conversations/12.json', '/3/conversations/11/2/5.json')
    }

    It 'sends a message and finds it in the conversation with that user' {
        Send-ImgurMessage -Username $other -Body 'Hello from Pester' -Confirm:$false

        $conversation = Get-ImgurConversation | Where-Object WithAccount -EQ $other
        $conversation | Should -BeOfType ImgurPS.Models.ImgurConversation
        $full = $conversation | Get-ImgurConversation
        $full.Messages.Body | Should -Contain 'Hello from Pester'
        (Get-EmulatorRequest).path | Should -Be @("/3/conversations/$other.json", '/3/conversations.json', "/3/conversations/$($conversation.ConversationId)/1/0.json")
    }

    It 'with -PassThru writes the conversation with the message in it' {
        $conversation = Send-ImgurMessage -Username $other -Body 'Passed on' -Confirm:$false -PassThru

        $conversation | Should -BeOfType ImgurPS.Models.ImgurConversation
        $conversation.WithAccount | Should -Be $other
        $conversation.Messages.Body | Should -Contain 'Passed on'
    }

    It 'gives the same conversation in XML' {
        Send-ImgurMessage -Username $other -Body 'Hello' -Confirm:$false
        $id = (Get-ImgurConversation)[0].ConversationId
        (Get-ImgurConversation $id -Format Xml | ConvertTo-Comparable) | Should -Be (Get-ImgurConversation $id | ConvertTo-Comparable)
    }

    It 'Get-ImgurConversation | Remove-ImgurConversation deletes them' {
        Send-ImgurMessage -Username $other -Body 'Hello' -Confirm:$false
        $before = Get-ImgurConversation
        Clear-EmulatorRequest

        $before | Remove-ImgurConversation -Force

        (Get-EmulatorRequest).path | Should -Be ($before | ForEach-Object { "/3/conversations/$($_.ConversationId).json" })
        Get-ImgurConversation | Should -BeNullOrEmpty
    }

    It 'reports a user who takes no messages as PermissionDenied' {
        Send-ImgurMessage -Username emu-other -Body 'Hello' -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        $failure[0].TargetObject | Should -Be 'emu-other'
    }

    It 'reports deleting an unknown conversation as ObjectNotFound' {
        Remove-ImgurConversation -ConversationId 1 -Force -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'reports an unknown conversation as ObjectNotFound' {
        $null = Get-ImgurConversation -ConversationId 1 -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure[0].TargetObject | Should -Be 1
    }

    It 'is high impact to delete, and sends nothing with -WhatIf' {
        (Get-Command Remove-ImgurConversation).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false).ConfirmImpact | Should -Be 'High'
        Remove-ImgurConversation -ConversationId 1 -Force -WhatIf
        Send-ImgurMessage -Username someone -Body 'never sent' -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'needs a signed-in user, before sending' {
        $null = Connect-TestImgur
        Clear-EmulatorRequest
        { Get-ImgurConversation -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }
}
