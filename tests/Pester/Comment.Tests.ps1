BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force

    function Get-ThreadWithReplies {
        # The first top-level comment of the hot gallery that has replies.
        Get-ImgurGallery | Get-ImgurGalleryComment | Where-Object { $_.Children.Count -gt 0 } | Select-Object -First 1
    }
}

Describe 'Get-ImgurComment and Get-ImgurCommentReply' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
        Clear-EmulatorRequest
    }

    It 'binds CommentId from piped comments' {
        $comment = [ImgurPS.Models.ImgurComment]@{ Id = 7 }
        $null = $comment | Get-ImgurCommentReply -ErrorAction SilentlyContinue
        $null = $comment | Get-ImgurComment -ErrorAction SilentlyContinue
        (Get-EmulatorRequest).path | Should -Be @('/3/comment/7/replies.json', '/3/comment/7.json')
    }

    It 'gets a comment by id with its replies in Children, the same in XML' {
        $thread = Get-ThreadWithReplies
        Clear-EmulatorRequest

        $comment = Get-ImgurComment -CommentId $thread.CommentId
        $comment | Should -BeOfType ImgurPS.Models.ImgurComment
        $comment.Children.CommentId | Should -Be $thread.Children.CommentId
        (Get-EmulatorRequest).path | Should -Be "/3/comment/$($thread.CommentId).json"
        (Get-ImgurComment $thread.CommentId -Format Xml | ConvertTo-Comparable) | Should -Be ($comment | ConvertTo-Comparable)
    }

    It 'Get-ImgurComment | Get-ImgurCommentReply writes the replies' {
        $thread = Get-ThreadWithReplies
        Clear-EmulatorRequest

        $replies = Get-ImgurComment $thread.CommentId | Get-ImgurCommentReply

        $replies.CommentId | Should -Be $thread.Children.CommentId
        $replies.ParentId | Sort-Object -Unique | Should -Be $thread.CommentId
        (Get-EmulatorRequest)[-1].path | Should -Be "/3/comment/$($thread.CommentId)/replies.json"
    }

    It 'reports the replies of an unknown comment as ObjectNotFound' {
        $null = Get-ImgurCommentReply -CommentId 1 -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure[0].TargetObject | Should -Be 1
    }

    It 'reports an unknown comment as ObjectNotFound and goes on' {
        $null = Get-ImgurComment -CommentId 1, 2 -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure | Should -HaveCount 2
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure[1].TargetObject | Should -Be 2
    }
}

Describe 'New-ImgurComment' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        $galleryId = (Get-ImgurGallery | Select-Object -First 1).GalleryId
        Clear-EmulatorRequest
    }

    It 'comments on a piped gallery item through the gallery route and writes the new CommentId' {
        $created = Get-ImgurGallery | Select-Object -First 1 | New-ImgurComment -Text 'From Pester'

        $created | Should -BeOfType ImgurPS.Models.ImgurNewComment
        $created.CommentId | Should -BeGreaterThan 0
        (Get-EmulatorRequest | Where-Object method -EQ 'POST').path | Should -Be "/3/gallery/$galleryId/comment.json"
        (Get-ImgurComment $created.CommentId).Comment | Should -Be 'From Pester'
    }

    It 'takes -Comment, the name of the property comments show, for the text' {
        $created = New-ImgurComment -GalleryId $galleryId -Comment 'Named like the property'

        (Get-ImgurComment $created.CommentId).Comment | Should -Be 'Named like the property'
    }

    It 'comments and replies through /3/comment with -ImageId, in XML too' {
        $top = New-ImgurComment -ImageId $galleryId -Text 'Top level' -Format Xml
        $reply = New-ImgurComment -ImageId $galleryId -ParentId $top.CommentId -Text 'A reply'
        $galleryReply = New-ImgurComment -GalleryId $galleryId -ParentId $top.CommentId -Text 'Another reply'

        $posts = (Get-EmulatorRequest | Where-Object method -EQ 'POST').path
        $posts | Should -Be @('/3/comment.xml', "/3/comment/$($top.CommentId).json", "/3/gallery/$galleryId/comment/$($top.CommentId).json")
        (Get-ImgurCommentReply $top.CommentId).CommentId | Should -Be @($reply.CommentId, $galleryReply.CommentId)
    }

    It 'sends nothing with -WhatIf' {
        New-ImgurComment -GalleryId $galleryId -Text 'never sent' -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'needs a signed-in user, before sending' {
        $null = Connect-TestImgur
        Clear-EmulatorRequest
        { New-ImgurComment -GalleryId $galleryId -Text 'x' -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }
}

Describe 'Remove-ImgurComment' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        Clear-EmulatorRequest
    }

    It 'is high impact with -Force, and sends nothing with -WhatIf' {
        (Get-Command Remove-ImgurComment).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false).ConfirmImpact | Should -Be 'High'
        Remove-ImgurComment -CommentId 1, 2 -Force -WhatIf
        Remove-ImgurComment -CommentId 3 -Username me -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'deletes a comment the user wrote' {
        $galleryId = (Get-ImgurGallery | Select-Object -First 1).GalleryId
        $created = New-ImgurComment -GalleryId $galleryId -Text 'short-lived'

        $created | Remove-ImgurComment -Force

        (Get-EmulatorRequest | Where-Object method -EQ 'DELETE').path | Should -Be "/3/comment/$($created.CommentId).json"
        # Imgur keeps a deleted comment in its thread, marked deleted.
        (Get-ImgurComment $created.CommentId).Deleted | Should -BeTrue
    }

    It 'reports a comment that is not there as an error and goes on' {
        Remove-ImgurComment -CommentId 1, 2 -Force -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure | Should -HaveCount 2
        $failure[0].TargetObject | Should -Be 1
    }
}
